import type { Core, UID } from '@strapi/strapi';
import { slugFields } from '../slugs/slug-owner';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/** What an update is given: the document, the locale written and the values. */
interface UpdateParams {
  documentId?: string;
  locale?: unknown;
  data?: Record<string, unknown>;
}

/** The slug fields of `uid` that all language versions share (not localized). */
function sharedSlugFields(strapi: Core.Strapi, uid: UID.ContentType): string[] {
  const attributes = (strapi.getModel(uid)?.attributes ?? {}) as Record<
    string,
    { pluginOptions?: { i18n?: { localized?: boolean } } }
  >;
  return slugFields(strapi, uid)
    .map((field) => field.name)
    .filter((name) => attributes[name]?.pluginOptions?.i18n?.localized === false);
}

/**
 * A new language version keeps the slug its document already has. The slug is not localized: one
 * path in every language (/articles/x/ and /en/articles/x/, which the language switch links). But
 * the admin, opened on a locale the document does not have yet, suggests a slug afresh from the
 * still empty title ("article"), and saving that gave the English version a slug of its own — a
 * page the Chinese one no longer linked to, and a clash with the next English version.
 */
export function sharedSlugs(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    if (context.action !== 'update' || !context.uid.startsWith('api::')) return next();
    const uid = context.uid as UID.ContentType;
    const params = (context.params ?? {}) as UpdateParams;
    const fields = sharedSlugFields(strapi, uid);
    if (!params.documentId || typeof params.locale !== 'string' || !params.data || fields.length === 0) {
      return next();
    }
    const rows = (await strapi.db.query(uid).findMany({
      where: { documentId: params.documentId },
      select: ['locale', ...fields],
    })) as Array<Record<string, unknown>>;
    // A version that exists already keeps what the editor types: changing its slug is deliberate.
    if (rows.length === 0 || rows.some((row) => row.locale === params.locale)) return next();
    for (const field of fields) {
      const existing = rows.find((row) => typeof row[field] === 'string' && row[field] !== '')?.[field];
      if (existing !== undefined) params.data[field] = existing;
    }
    return next();
  };
}
