import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES, type ApiType } from './api-types.ts';
import { articleSchema } from './content/article.ts';
import { COLLECTION_TYPES, CONTENT_SCHEMAS, type ContentTypeName, SINGLE_TYPES } from './content-types.ts';
import { CONTENT_TYPE_RULES } from './populate.ts';
import { checkFields, type StrapiAttribute } from './schema-drift/check-fields.ts';
import {
  COMPONENT_EXPECTATIONS,
  CONTENT_TYPE_EXPECTATIONS,
  SYSTEM_FIELDS,
} from './schema-drift/expectations.ts';

const CMS_SRC = new URL('../../cms/src/', import.meta.url);

interface StrapiSchema {
  kind?: string;
  info?: { singularName: string; pluralName: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, StrapiAttribute>;
}

function readJson(url: URL): StrapiSchema {
  return JSON.parse(readFileSync(url, 'utf8')) as StrapiSchema;
}

function contentTypeSchema(name: string): StrapiSchema {
  return readJson(new URL(`api/${name}/content-types/${name}/schema.json`, CMS_SRC));
}

const contentTypes = Object.keys(CONTENT_SCHEMAS) as ContentTypeName[];
const componentFiles = readdirSync(new URL('components/shared/', CMS_SRC)).filter((file) =>
  file.endsWith('.json'),
);

describe('shared-types stay in step with the Strapi schema files', () => {
  it.each(contentTypes)(
    'content type %s: every field the site relies on exists with the same type',
    (name) => {
      const schema = contentTypeSchema(name);
      const problems = checkFields(
        name,
        CONTENT_SCHEMAS[name],
        CONTENT_TYPE_EXPECTATIONS[name],
        schema.attributes,
        SYSTEM_FIELDS,
      );
      expect(problems).toEqual([]);
    },
  );

  it('API_TYPES lists every content type under cms/src/api as its schema.json declares it', () => {
    const fromSchemas = readdirSync(new URL('api/', CMS_SRC))
      .sort()
      .map((name): [string, Omit<ApiType, 'public'>] => {
        const schema = contentTypeSchema(name);
        const single = schema.kind === 'singleType';
        return [
          name,
          {
            uid: `api::${name}.${name}`,
            path: (single ? schema.info?.singularName : schema.info?.pluralName) ?? '(no info)',
            kind: single ? 'singleType' : 'collectionType',
            localized: schema.pluginOptions?.i18n?.localized === true,
            draftAndPublish: schema.options?.draftAndPublish === true,
          },
        ];
      });
    const listed = Object.entries(API_TYPES)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, { public: _public, ...type }]) => [name, type]);
    expect(listed).toEqual(fromSchemas);
  });

  it('the public API types are exactly the types the site reads, each localized with drafts', () => {
    const publicTypes = Object.entries(API_TYPES).filter(([, type]) => type.public);
    const kindOf = (kind: ApiType['kind']) =>
      publicTypes.filter(([, type]) => type.kind === kind).map(([name]) => name);
    expect(kindOf('collectionType')).toEqual([...COLLECTION_TYPES]);
    expect(kindOf('singleType')).toEqual([...SINGLE_TYPES]);
    expect(publicTypes.map(([name]) => name).sort()).toEqual(contentTypes.slice().sort());
    for (const [name, type] of publicTypes) {
      expect({ name, localized: type.localized, draftAndPublish: type.draftAndPublish }).toEqual({
        name,
        localized: true,
        draftAndPublish: true,
      });
    }
  });

  it('every shared component has a zod schema', () => {
    const uids = componentFiles.map((file) => `shared.${file.replace(/\.json$/, '')}`).sort();
    expect(uids).toEqual(Object.keys(COMPONENT_EXPECTATIONS).sort());
  });

  it.each(Object.keys(COMPONENT_EXPECTATIONS))(
    'component %s: every field exists with the same type',
    (uid) => {
      const expectation = COMPONENT_EXPECTATIONS[uid];
      if (!expectation) throw new Error(`no expectation for ${uid}`);
      const json = readJson(new URL(`components/shared/${uid.replace('shared.', '')}.json`, CMS_SRC));
      expect(checkFields(uid, expectation.schema, expectation.fields, json.attributes)).toEqual([]);
    },
  );

  it.each(contentTypes)(
    'content type %s: populate rules cover exactly its relations, components and media',
    (name) => {
      const populated = Object.keys(CONTENT_TYPE_RULES[name].populate).sort();
      const needed = Object.entries(CONTENT_TYPE_EXPECTATIONS[name])
        .filter(([, attribute]) => ['relation', 'component', 'media'].includes(attribute.type))
        .map(([field]) => field)
        .sort();
      expect(populated).toEqual(needed);
    },
  );
});

describe('the drift check itself detects drift', () => {
  const attributes = contentTypeSchema('article').attributes;
  const check = (changed: Record<string, StrapiAttribute>) =>
    checkFields('article', articleSchema, CONTENT_TYPE_EXPECTATIONS.article, changed, SYSTEM_FIELDS);

  it('reports a renamed field', () => {
    const { source, ...rest } = attributes;
    expect(check({ ...rest, origin: source as StrapiAttribute })).toContain(
      'article.source: missing in Strapi (renamed or removed?)',
    );
  });

  it('reports a changed type', () => {
    expect(check({ ...attributes, body: { type: 'blocks', required: true } })).toContain(
      'article.body: Strapi type is "blocks", the site expects "richtext"',
    );
  });

  it('reports a changed enum', () => {
    const column = { ...attributes.column, type: 'enumeration', enum: ['news_brief'] };
    expect(check({ ...attributes, column }).join('\n')).toMatch(
      /article\.column: enum is \["news_brief"\] in Strapi/,
    );
  });

  it('reports a relation that now points elsewhere', () => {
    const city = { type: 'relation', relation: 'manyToOne', target: 'api::park.park' };
    expect(check({ ...attributes, city }).join('\n')).toMatch(
      /article\.city: relation is manyToOne → api::park\.park/,
    );
  });

  it('reports a media field that changed between one file and a list', () => {
    const cover = { ...attributes.cover, type: 'media', multiple: true };
    const attachments = { ...attributes.attachments, type: 'media', multiple: false };
    expect(check({ ...attributes, cover, attachments })).toEqual(
      expect.arrayContaining([
        'article.cover: multiple is true, expected false',
        'article.attachments: multiple is false, expected true',
      ]),
    );
  });

  it('reports a required field that became optional', () => {
    expect(check({ ...attributes, title: { type: 'string' } })).toContain(
      'article.title: the site requires a value but Strapi marks it optional',
    );
  });
});
