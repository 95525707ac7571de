import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isYearField, parseYearText, YEAR_FIELDS } from './year-fields';

const SRC = new URL('../', import.meta.url);

/** Every integer attribute of the schema files: [uid, attribute]. */
function integerAttributes(): [string, string][] {
  const found: [string, string][] = [];
  const read = (uid: string, url: URL) => {
    const { attributes } = JSON.parse(readFileSync(url, 'utf8')) as {
      attributes: Record<string, { type: string }>;
    };
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type === 'integer') found.push([uid, name]);
    }
  };
  for (const api of readdirSync(new URL('api/', SRC))) {
    for (const name of readdirSync(new URL(`api/${api}/content-types/`, SRC))) {
      read(`api::${api}.${name}`, new URL(`api/${api}/content-types/${name}/schema.json`, SRC));
    }
  }
  for (const category of readdirSync(new URL('components/', SRC))) {
    for (const file of readdirSync(new URL(`components/${category}/`, SRC)).filter((f) =>
      f.endsWith('.json'),
    )) {
      read(`${category}.${file.slice(0, -5)}`, new URL(`components/${category}/${file}`, SRC));
    }
  }
  return found;
}

describe('year fields in the admin', () => {
  const integers = integerAttributes();

  it('lists exactly the integer attributes whose name says year', () => {
    const years = integers.filter(([, name]) => /year/i.test(name));
    const listed = Object.entries(YEAR_FIELDS).flatMap(([uid, names]) => names.map((name) => [uid, name]));
    expect(listed.sort()).toEqual(years.sort());
  });

  it('has no other integer attribute under a year field name (inputs know names, not uids)', () => {
    const yearNames = new Set(Object.values(YEAR_FIELDS).flat());
    const clashes = integers.filter(
      ([uid, name]) => yearNames.has(name) && !YEAR_FIELDS[uid]?.includes(name),
    );
    expect(clashes).toEqual([]);
  });

  it('recognises a year by its form path, inside repeatable components too', () => {
    expect(isYearField('foundedYear')).toBe(true);
    expect(isYearField('keyFigures.0.year')).toBe(true);
    expect(isYearField('order')).toBe(false);
    expect(isYearField('keyFigures.0.value')).toBe(false);
  });

  it('takes up to four digits, empties to null and refuses anything else', () => {
    expect(parseYearText('2023')).toBe(2023);
    expect(parseYearText('20')).toBe(20);
    expect(parseYearText('')).toBeNull();
    expect(parseYearText('2,023')).toBeUndefined();
    expect(parseYearText('20235')).toBeUndefined();
    expect(parseYearText('20a')).toBeUndefined();
  });
});
