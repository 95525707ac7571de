import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FIELD_LABELS } from '../bootstrap/field-labels';
import {
  findSlugOwner,
  firstFreeSlug,
  type SlugField,
  slugFields,
  slugsStartingWith,
} from '../slugs/slug-owner';
import { SLUG_PATTERN } from '../slugs/suggest-slug';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/** What the checked actions are given: the document (not for create) and the values written. */
interface WriteParams {
  documentId?: string;
  data?: Record<string, unknown>;
}

/** Actions after which a document holds a slug: the value it is given, or the one it keeps. */
const CHECKED_ACTIONS = new Set(['create', 'update', 'clone', 'publish']);

/** The draft's value of `field`, which `publish` (and a `clone` without new data) carries over. */
async function storedSlug(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  field: string,
  documentId: string,
): Promise<unknown> {
  const row = (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: null },
    select: [field],
  })) as Record<string, unknown> | null;
  return row?.[field];
}

/** A validation error the admin shows under the field (`details.errors[].path`). */
function fieldError(field: string, value: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError', value }],
  });
}

/** Refuses `value` for `field` when it breaks the slug rule or another document already holds it. */
async function assertSlugFree(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  field: SlugField,
  value: string,
  ownDocumentId: string | undefined,
): Promise<void> {
  const label = FIELD_LABELS[uid]?.[field.name]?.[0] ?? field.name;
  if (!SLUG_PATTERN.test(value)) {
    throw fieldError(
      field.name,
      value,
      `${label} ${value} 只能用小写英文字母、数字和单个连字符，如 jinan-hitech。` +
        ` The ${uid} field "${field.name}" must look like "jinan-hitech" (lower-case letters, digits, single hyphens), got "${value}".`,
    );
  }
  const owner = await findSlugOwner(strapi, uid, field, value, ownDocumentId);
  if (!owner) return;
  const free = firstFreeSlug(value, await slugsStartingWith(strapi, uid, field.name, value));
  const kind = strapi.getModel(uid)?.info.displayName ?? uid;
  const title = owner.title ? `「${owner.title}」` : owner.documentId;
  throw fieldError(
    field.name,
    value,
    `${label} ${value} 已被另一${kind}${title}使用，请换一个，例如 ${free}。` +
      ` The ${uid} field "${field.name}" value "${value}" is already used by document ${owner.documentId}` +
      ` (locale ${owner.locale ?? '-'}); choose another, e.g. "${free}".`,
  );
}

/**
 * Slugs are unique and checked when an editor saves, not only when the nightly build meets two
 * pages with one URL: a create, update, clone or publish that would give a document a slug
 * another document holds (in any locale, draft or published) is refused with a message that
 * names the field, the other document and a free alternative. Strapi's own `uid` check runs only
 * on publish, compares one locale's published rows and says "This attribute must be unique".
 */
export function uniqueSlugs(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    if (!CHECKED_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    const uid = context.uid as UID.ContentType;
    const params = (context.params ?? {}) as WriteParams;
    // A clone becomes a new document: its source's slug counts as taken.
    const ownDocumentId = context.action === 'clone' ? undefined : params.documentId;
    for (const field of slugFields(strapi, uid)) {
      let value = params.data?.[field.name];
      const carriesStored = context.action === 'publish' || context.action === 'clone';
      if (value === undefined && carriesStored && params.documentId) {
        value = await storedSlug(strapi, uid, field.name, params.documentId);
      }
      if (typeof value === 'string' && value !== '') {
        await assertSlugFree(strapi, uid, field, value, ownDocumentId);
      }
    }
    return next();
  };
}
