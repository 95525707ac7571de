import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../paths.ts';

/** One content type as its schema.json declares it: what decides how to read it back. */
export interface ContentTypeInfo {
  /** REST path segment: pluralName for collections, singularName for single types. */
  endpoint: string;
  kind: 'collectionType' | 'singleType';
  localized: boolean;
  draftAndPublish: boolean;
}

interface SchemaFile {
  kind: 'collectionType' | 'singleType';
  info: { singularName: string; pluralName: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** Every content type under cms/src/api, read from its schema.json. */
export function apiContentTypes(): ContentTypeInfo[] {
  const apiDir = path.join(CMS_DIR, 'src', 'api');
  const types: ContentTypeInfo[] = [];
  for (const api of fs.readdirSync(apiDir).sort()) {
    const typesDir = path.join(apiDir, api, 'content-types');
    if (!fs.existsSync(typesDir)) continue;
    for (const name of fs.readdirSync(typesDir).sort()) {
      const schema = JSON.parse(
        fs.readFileSync(path.join(typesDir, name, 'schema.json'), 'utf8'),
      ) as SchemaFile;
      types.push({
        endpoint: schema.kind === 'singleType' ? schema.info.singularName : schema.info.pluralName,
        kind: schema.kind,
        localized: schema.pluginOptions?.i18n?.localized === true,
        draftAndPublish: schema.options?.draftAndPublish === true,
      });
    }
  }
  return types;
}

/** A parsed JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function getJson(url: string, token: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : null };
}

async function readVariant(
  base: string,
  token: string,
  type: ContentTypeInfo,
  query: string,
): Promise<Json[]> {
  if (type.kind === 'singleType') {
    const { status, body } = await getJson(`${base}/api/${type.endpoint}?${query}&populate=*`, token);
    // A single type that was never created answers 404: that is "no document", not an error.
    if (status === 404) return [];
    if (status !== 200) throw new Error(`${type.endpoint}?${query}: HTTP ${status}`);
    return [(body as { data: Json }).data];
  }
  const docs: Json[] = [];
  for (let page = 1; page <= 1000; page += 1) {
    const url = `${base}/api/${type.endpoint}?${query}&populate=*&pagination[page]=${page}&pagination[pageSize]=100`;
    const { status, body } = await getJson(url, token);
    if (status !== 200) throw new Error(`${type.endpoint}?${query}: HTTP ${status}`);
    const typed = body as { data: Json[]; meta: { pagination: { pageCount: number } } };
    docs.push(...typed.data);
    if (page >= typed.meta.pagination.pageCount) break;
  }
  return docs;
}

/**
 * The document without its database row ids (`id` at any depth, components included): a
 * restore re-numbers rows, while documentId, the identity editors and the site use, is kept.
 */
export function withoutRowIds(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, withoutRowIds(inner)]),
  );
}

/**
 * Every document of `types` through the content API, every field with first-level relations,
 * components and media populated, row ids left out, keyed `endpoint/locale/status` and sorted by documentId:
 * two snapshots are equal exactly when no document and no field differs.
 */
export async function contentSnapshot(
  base: string,
  token: string,
  types: ContentTypeInfo[],
  locales: string[],
): Promise<Record<string, Json[]>> {
  const snapshot: Record<string, Json[]> = {};
  for (const type of types) {
    for (const locale of type.localized ? locales : ['-']) {
      for (const status of type.draftAndPublish ? ['published', 'draft'] : ['-']) {
        const query = [locale === '-' ? '' : `locale=${locale}`, status === '-' ? '' : `status=${status}`]
          .filter(Boolean)
          .join('&');
        const docs = await readVariant(base, token, type, query);
        const byId = (doc: Json) => String((doc as { documentId?: string }).documentId);
        snapshot[`${type.endpoint}/${locale}/${status}`] = docs
          .map(withoutRowIds)
          .sort((a, b) => byId(a).localeCompare(byId(b)));
      }
    }
  }
  return snapshot;
}
