import { createHash, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PUBLISHED_STATE_PATH, publishedStamp } from './published-state';
import { FIXED_PATH_BY_UID, SECTION_BY_UID } from './site-page-url';

/** Where the preview server reads one draft: `/site-preview/<type>/<documentId>?locale=…&populate=…`. */
export const DRAFT_PATH = '/site-preview/:type/:documentId';

/** The types that have a page on the site: only their drafts are ever shown. */
const PREVIEWABLE_UIDS = new Set([...Object.keys(SECTION_BY_UID), ...Object.keys(FIXED_PATH_BY_UID)]);

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** PREVIEW_SECRET when it is long enough to guard drafts; otherwise the draft route stays shut. */
export function previewSecret(): string | null {
  const secret = process.env.PREVIEW_SECRET?.trim() ?? '';
  return secret.length >= 16 ? secret : null;
}

/** The parts of Koa's context the route reads and writes (the router adds `params`). */
interface DraftContext {
  params?: { type?: string; documentId?: string };
  query: { locale?: unknown; populate?: unknown };
  get(header: string): string;
  status: number;
  body: unknown;
}

/** Answers 404 while PREVIEW_SECRET is unset and 401 without it; true when it answered. */
function refusedWithoutSecret(ctx: DraftContext): boolean {
  const secret = previewSecret();
  const given = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
  if (!secret) {
    ctx.status = 404;
    ctx.body = { data: null, error: { status: 404, message: 'Preview is not configured' } };
    return true;
  }
  if (!given || !sameSecret(given, secret)) {
    ctx.status = 401;
    ctx.body = { data: null, error: { status: 401, message: 'Preview secret required' } };
    return true;
  }
  return false;
}

type DocumentUid = Parameters<Core.Strapi['documents']>[0];

/** The draft of one document, as the content API would shape it; null when the type or document has none. */
async function findDraft(strapi: Core.Strapi, ctx: DraftContext): Promise<Record<string, unknown> | null> {
  const uid = `api::${ctx.params?.type}.${ctx.params?.type}`;
  if (!PREVIEWABLE_UIDS.has(uid)) return null;
  const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : undefined;
  const model = strapi.getModel(uid as DocumentUid);
  // The content API's own sanitizing, in and out: no populate of private or admin-only relations
  // (createdBy, updatedBy), no private fields or passwords in the answer.
  const { populate } = (await strapi.contentAPI.sanitize.query({ populate: ctx.query.populate }, model)) as {
    populate?: unknown;
  };
  // Single types have one document per locale: the preview names it by its documentId too.
  const draft = await strapi.documents(uid as DocumentUid).findOne({
    documentId: ctx.params?.documentId ?? '',
    locale,
    status: 'draft',
    populate: populate as never,
  });
  if (!draft) return null;
  const sanitized = await strapi.contentAPI.sanitize.output(draft, model);
  return sanitized as Record<string, unknown>;
}

/**
 * Adds GET /site-preview/:type/:documentId for the preview server: one document's draft with the
 * populate the site asks for (shared-types CONTENT_TYPE_RULES), in the content API's envelope, so
 * the site validates it as it validates published content. An admin-type route, so the
 * published-only rule of the content API (document-middlewares/published-only.ts) does not apply;
 * instead of an admin session it needs `Authorization: Bearer <PREVIEW_SECRET>`, and without
 * PREVIEW_SECRET it answers 404 to everyone. Beside it, GET /site-preview/published-state (same
 * guard): the stamp the preview server compares before each page to reload what was published.
 */
export function registerDraftRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: DRAFT_PATH,
        handler: async (ctx: DraftContext) => {
          if (refusedWithoutSecret(ctx)) return;
          const draft = await findDraft(strapi, ctx);
          if (!draft) {
            ctx.status = 404;
            ctx.body = {
              data: null,
              error: {
                status: 404,
                message: `No draft of ${ctx.params?.type} ${ctx.params?.documentId} (locale ${String(ctx.query.locale)})`,
              },
            };
            return;
          }
          ctx.body = { data: draft, meta: {} };
        },
        config: { auth: false },
        info: { pluginName: 'admin' },
      },
      {
        method: 'GET',
        path: PUBLISHED_STATE_PATH,
        handler: async (ctx: DraftContext) => {
          if (refusedWithoutSecret(ctx)) return;
          ctx.body = { data: { stamp: await publishedStamp(strapi, [...PREVIEWABLE_UIDS]) }, meta: {} };
        },
        config: { auth: false },
        info: { pluginName: 'admin' },
      },
    ],
  });
}
