import type { Core, UID } from '@strapi/strapi';

/** A `uid` attribute of a content type: the slug and the field it is suggested from. */
export interface SlugField {
  name: string;
  targetField: string | undefined;
}

/** Another document that holds a slug: which one, in which locale, and its title. */
export interface SlugOwner {
  documentId: string;
  locale: string | null;
  title: string | null;
}

/** The `uid` attributes of a content type (our slugs); none for types without one. */
export function slugFields(strapi: Core.Strapi, uid: UID.ContentType): SlugField[] {
  const attributes = strapi.getModel(uid)?.attributes ?? {};
  return Object.entries(attributes)
    .filter(([, attribute]) => attribute.type === 'uid')
    .map(([name, attribute]) => ({
      name,
      targetField: (attribute as { targetField?: string }).targetField,
    }));
}

/**
 * The document, other than `exceptDocumentId`, that holds `value` in `field`, in any locale,
 * draft or published. A slug is not localized: it names one document in every language, so it
 * may belong to only one document. Reads the table directly, past the Document Service's
 * middlewares, so every row counts.
 */
export async function findSlugOwner(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  field: SlugField,
  value: string,
  exceptDocumentId?: string,
): Promise<SlugOwner | null> {
  const where: Record<string, unknown> = { [field.name]: value };
  if (exceptDocumentId) where.documentId = { $ne: exceptDocumentId };
  const select = ['documentId', 'locale', ...(field.targetField ? [field.targetField] : [])];
  const row = (await strapi.db.query(uid).findOne({ where, select })) as Record<string, unknown> | null;
  if (!row) return null;
  const title = field.targetField ? row[field.targetField] : null;
  return {
    documentId: String(row.documentId),
    locale: typeof row.locale === 'string' ? row.locale : null,
    title: typeof title === 'string' ? title : null,
  };
}

/** Every value of `field` that starts with `prefix`, across all documents, locales and states. */
export async function slugsStartingWith(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  field: string,
  prefix: string,
): Promise<Set<string>> {
  const rows = (await strapi.db.query(uid).findMany({
    where: { [field]: { $startsWith: prefix } },
    select: [field],
  })) as Array<Record<string, unknown>>;
  return new Set(rows.map((row) => String(row[field])));
}

/** `base`, or `base-2`, `base-3` … : the first one not in `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
