import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../../common/paths.ts';

/** One content type as its schema.json declares it: what decides how to read it back. */
export interface ContentTypeInfo {
  /** Strapi uid, e.g. `api::article.article`. */
  uid: string;
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
        uid: `api::${api}.${name}`,
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

async function getJson(url: string, adminJwt: string): Promise<Json> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${adminJwt}` } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as Json;
}

/**
 * One type in one locale and status, read as an editor's admin reads it (content-manager API):
 * the content API serves published versions only, to every caller, and no API token reads
 * suggestions — the admin sees drafts and every type.
 */
async function readVariant(
  base: string,
  adminJwt: string,
  type: ContentTypeInfo,
  query: string,
): Promise<Json[]> {
  if (type.kind === 'singleType') {
    const url = `${base}/content-manager/single-types/${type.uid}?${query}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${adminJwt}` } });
    // A single type never created in this locale/status answers 404: that is "no document".
    if (response.status === 404) return [];
    if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status}`);
    const { data } = (await response.json()) as { data: Json };
    return data ? [data] : [];
  }
  const docs: Json[] = [];
  for (let page = 1; page <= 1000; page += 1) {
    const url = `${base}/content-manager/collection-types/${type.uid}?${query}&page=${page}&pageSize=100&sort=documentId:ASC`;
    const body = (await getJson(url, adminJwt)) as { results: Json[]; pagination: { pageCount: number } };
    docs.push(...body.results);
    if (page >= body.pagination.pageCount) break;
  }
  return docs;
}

/** Admin users are not content (a backup carries none): who created or last edited is left out. */
const ADMIN_FIELDS = new Set(['createdBy', 'updatedBy']);

/**
 * The document without its database row ids (`id` at any depth, components included): a
 * restore re-numbers rows, while documentId, the identity editors and the site use, is kept.
 */
export function withoutRowIds(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && !ADMIN_FIELDS.has(key))
      .map(([key, inner]) => [key, withoutRowIds(inner)]),
  );
}

/**
 * Every document of `types`, drafts and published versions, as the admin's content manager shows
 * it (fields, components, media and first-level relations; to-many relations as counts), row ids
 * and admin users left out, keyed `endpoint/locale/status` and sorted by documentId: two snapshots
 * are equal exactly when no document and no field an editor sees differs.
 */
export async function contentSnapshot(
  base: string,
  adminJwt: string,
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
        const docs = await readVariant(base, adminJwt, type, query);
        const byId = (doc: Json) => String((doc as { documentId?: string }).documentId);
        snapshot[`${type.endpoint}/${locale}/${status}`] = docs
          .map(withoutRowIds)
          .sort((a, b) => byId(a).localeCompare(byId(b)));
      }
    }
  }
  return snapshot;
}
