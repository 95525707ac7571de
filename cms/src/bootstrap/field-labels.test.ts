// Every attribute editors see gets a Chinese label, and no label names a field that does not exist:
// the coverage is read from the schema files and the model, not kept by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPONENT_EXPECTATIONS,
  CONTENT_TYPE_EXPECTATIONS,
} from '../../../shared-types/src/schema-drift/expectations.ts';
import { FIELD_LABELS } from './field-labels';

const SRC = new URL('../', import.meta.url);

function attributesOf(file: URL): string[] {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, unknown> };
  return Object.keys(schema.attributes).sort();
}

/** uid → attribute names, for every content type under api/ and every component. */
function schemaAttributes(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const name of readdirSync(new URL('api/', SRC))) {
    found[`api::${name}.${name}`] = attributesOf(
      new URL(`api/${name}/content-types/${name}/schema.json`, SRC),
    );
  }
  for (const category of readdirSync(new URL('components/', SRC))) {
    for (const file of readdirSync(new URL(`components/${category}/`, SRC))) {
      found[`${category}.${file.replace(/\.json$/, '')}`] = attributesOf(
        new URL(`components/${category}/${file}`, SRC),
      );
    }
  }
  return found;
}

const labelled = (uid: string) => Object.keys(FIELD_LABELS[uid] ?? {}).sort();

describe('field labels cover the model exactly', () => {
  const schemas = schemaAttributes();

  it('labels exactly the content types and components that exist', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(Object.keys(schemas).sort());
  });

  it.each(Object.keys(schemas))('%s: every attribute has a label, every label an attribute', (uid) => {
    expect(labelled(uid)).toEqual(schemas[uid]);
  });

  it('every field the site relies on has a label', () => {
    const contentTypes = Object.entries(CONTENT_TYPE_EXPECTATIONS).map(
      ([name, fields]) => [`api::${name}.${name}`, fields] as const,
    );
    const components = Object.entries(COMPONENT_EXPECTATIONS).map(
      ([uid, { fields }]) => [uid, fields] as const,
    );
    const missing = [...contentTypes, ...components].flatMap(([uid, fields]) =>
      Object.keys(fields)
        .filter((field) => !labelled(uid).includes(field))
        .map((field) => `${uid}.${field}`),
    );
    expect(missing).toEqual([]);
  });
});
