/**
 * Fails when a content type or component uses a name Strapi reserves for itself. Strapi only
 * warns about some of them at start (`status` on a draft-and-publish type), and the admin then
 * cannot save the document: a project's `status` answered 400 "Invalid status" (issue 9). The
 * list is Strapi's own (`@strapi/utils` contentTypes, the one its content-type builder and
 * start-up checks use), so a Strapi upgrade that reserves more names fails here first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { contentTypes } from '@strapi/utils';
import { describe, expect, it } from 'vitest';

interface SchemaFile {
  info: { singularName?: string; pluralName?: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, unknown>;
}

const SRC = new URL('./', import.meta.url);

function readSchema(url: URL): SchemaFile {
  return JSON.parse(readFileSync(url, 'utf8')) as SchemaFile;
}

/** `api::x.y` → schema.json of every content type under src/api. */
function contentTypeSchemas(): Array<[string, SchemaFile]> {
  const api = new URL('api/', SRC);
  return readdirSync(api).flatMap((name) => {
    const folder = new URL(`${name}/content-types/`, api);
    const types = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    return types.map((type): [string, SchemaFile] => [
      `api::${name}.${type.name}`,
      readSchema(new URL(`${type.name}/schema.json`, folder)),
    ]);
  });
}

/** `category.name` → JSON of every component under src/components. */
function componentSchemas(): Array<[string, SchemaFile]> {
  const components = new URL('components/', SRC);
  return readdirSync(components).flatMap((category) =>
    readdirSync(new URL(`${category}/`, components))
      .filter((file) => file.endsWith('.json'))
      .map((file): [string, SchemaFile] => [
        `${category}.${file.replace(/\.json$/, '')}`,
        readSchema(new URL(`${category}/${file}`, components)),
      ]),
  );
}

/** Attribute names of `schema` that Strapi reserves; components are held to the strictest list. */
function reservedAttributes(schema: SchemaFile, isComponent: boolean): string[] {
  const draftAndPublish = isComponent || schema.options?.draftAndPublish === true;
  return Object.keys(schema.attributes).filter((name) =>
    contentTypes.isReservedAttributeName(name, { draftAndPublish }),
  );
}

describe("no schema uses a name Strapi reserves (rename the attribute; see Strapi's getReservedNames)", () => {
  const types = contentTypeSchemas();
  const components = componentSchemas();

  it('finds the schema files', () => {
    expect(types.map(([uid]) => uid)).toContain('api::project.project');
    expect(components.map(([uid]) => uid)).toContain('shared.seo');
  });

  it('knows the names that broke the admin before', () => {
    const project = { info: {}, options: { draftAndPublish: true }, attributes: { status: {}, locale: {} } };
    expect(reservedAttributes(project, false)).toEqual(['status', 'locale']);
  });

  it.each(types)('content type %s', (_uid, schema) => {
    expect(reservedAttributes(schema, false)).toEqual([]);
    const names = [schema.info.singularName, schema.info.pluralName].filter((name) => name !== undefined);
    expect(names.filter((name) => contentTypes.isReservedModelName(name))).toEqual([]);
  });

  it.each(components)('component %s', (_uid, schema) => {
    expect(reservedAttributes(schema, true)).toEqual([]);
  });
});
