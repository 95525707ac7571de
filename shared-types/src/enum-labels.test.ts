import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENUM_LABELS } from './enums/enum-labels.ts';
import { CMS_LOCALES } from './enums/locales.ts';

const CMS_SRC = new URL('../../cms/src/', import.meta.url);

interface Attribute {
  type: string;
  enum?: string[];
}

/** Every enumeration attribute of the Strapi schema files, as `uid` → attribute → values. */
function schemaEnumerations(): Record<string, Record<string, string[]>> {
  const files: [uid: string, url: URL][] = [];
  for (const api of readdirSync(new URL('api/', CMS_SRC))) {
    for (const name of readdirSync(new URL(`api/${api}/content-types/`, CMS_SRC))) {
      files.push([`api::${api}.${name}`, new URL(`api/${api}/content-types/${name}/schema.json`, CMS_SRC)]);
    }
  }
  for (const category of readdirSync(new URL('components/', CMS_SRC))) {
    for (const file of readdirSync(new URL(`components/${category}/`, CMS_SRC))) {
      if (file.endsWith('.json')) {
        files.push([`${category}.${file.slice(0, -5)}`, new URL(`components/${category}/${file}`, CMS_SRC)]);
      }
    }
  }
  const found: Record<string, Record<string, string[]>> = {};
  for (const [uid, url] of files) {
    const { attributes } = JSON.parse(readFileSync(url, 'utf8')) as { attributes: Record<string, Attribute> };
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type !== 'enumeration') continue;
      found[uid] ??= {};
      found[uid][name] = attribute.enum ?? [];
    }
  }
  return found;
}

const labelled = ENUM_LABELS as Record<string, Record<string, Record<string, Record<string, string>>>>;

describe('ENUM_LABELS', () => {
  it('names exactly the enumerations of the Strapi schema files, value for value', () => {
    const expected = schemaEnumerations();
    const actual = Object.fromEntries(
      Object.entries(labelled).map(([uid, attributes]) => [
        uid,
        Object.fromEntries(Object.entries(attributes).map(([name, values]) => [name, Object.keys(values)])),
      ]),
    );
    expect(actual).toEqual(expected);
  });

  it('has a non-empty name in every CMS locale for every value', () => {
    const missing = Object.entries(labelled).flatMap(([uid, attributes]) =>
      Object.entries(attributes).flatMap(([name, values]) =>
        Object.entries(values).flatMap(([value, names]) =>
          CMS_LOCALES.filter((locale) => !names[locale]?.trim()).map(
            (locale) => `${uid} ${name}=${value} (${locale})`,
          ),
        ),
      ),
    );
    expect(missing).toEqual([]);
  });
});
