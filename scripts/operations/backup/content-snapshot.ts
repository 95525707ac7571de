import { API_TYPES, type ApiType, CMS_LOCALES } from '@select-shandong/shared-types';
import {
  type ContentManagerReader,
  createContentManagerReader,
  type Variant,
} from '@select-shandong/site/cms/content-manager';
import type { ReaderOptions } from '@select-shandong/site/cms/pager';

/** Admin users are not content (a backup carries none): who created or last edited is left out. */
const ADMIN_FIELDS = new Set(['createdBy', 'updatedBy']);

/**
 * The document without its database row ids (`id` at any depth, components included): a
 * restore re-numbers rows, while documentId, the identity editors and the site use, is kept.
 */
export function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && !ADMIN_FIELDS.has(key))
      .map(([key, inner]) => [key, withoutRowIds(inner)]),
  );
}

/** Every locale × status a type's documents exist in, with the snapshot key of each. */
function variantsOf(type: ApiType, locales: readonly string[]): Array<[key: string, variant: Variant]> {
  const localeList = type.localized ? locales : [undefined];
  const statuses = type.draftAndPublish ? (['published', 'draft'] as const) : [undefined];
  return localeList.flatMap((locale) =>
    statuses.map((status): [string, Variant] => [
      `${type.path}/${locale ?? '-'}/${status ?? '-'}`,
      { locale, status },
    ]),
  );
}

async function readVariant(
  reader: ContentManagerReader,
  type: ApiType,
  variant: Variant,
): Promise<Record<string, unknown>[]> {
  if (type.kind === 'singleType') {
    const document = await reader.fetchSingle(type, variant);
    return document ? [document] : [];
  }
  const documents: Record<string, unknown>[] = [];
  for await (const document of reader.listAll(type, variant)) documents.push(document);
  return documents;
}

const documentIdOf = (document: unknown) => String((document as { documentId?: unknown }).documentId);

/**
 * Every document of `types` (default: every API type, suggestions included), drafts and published
 * versions, as the admin's content manager shows it (fields, components, media and first-level
 * relations; to-many relations as counts), row ids and admin users left out, keyed
 * `path/locale/status` and sorted by documentId: two snapshots are equal exactly when no document
 * and no field an editor sees differs.
 */
export async function contentSnapshot(
  base: string,
  adminJwt: string,
  {
    types = Object.values(API_TYPES),
    locales = CMS_LOCALES,
    ...options
  }: ReaderOptions & { types?: readonly ApiType[]; locales?: readonly string[] } = {},
): Promise<Record<string, unknown[]>> {
  const reader = createContentManagerReader({ baseUrl: base, adminJwt, ...options });
  const snapshot: Record<string, unknown[]> = {};
  for (const type of types) {
    for (const [key, variant] of variantsOf(type, locales)) {
      const documents = await readVariant(reader, type, variant);
      snapshot[key] = documents
        .map(withoutRowIds)
        .sort((a, b) => documentIdOf(a).localeCompare(documentIdOf(b)));
    }
  }
  return snapshot;
}
