import type { Core } from '@strapi/strapi';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Document Service actions that read documents. */
const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  state?: { route?: { info?: { type?: string } } };
}

/**
 * True when the current HTTP request came in through an admin route (the admin panel, its
 * content manager, preview). Decided from the route Strapi matched, not from the URL text, so
 * no spelling of a path (case, percent-encoding, slashes) can make a content-API request look
 * like an admin one. Outside a request (bootstrap, seeding, the CLI) there is no route: false.
 */
function isAdminRequest(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  return ctx?.state?.route?.info?.type === 'admin';
}

/** True when a document read happens inside an HTTP request that did not come through an admin route. */
export function isPublicRequest(strapi: Core.Strapi): boolean {
  return strapi.requestContext.get() !== undefined && !isAdminRequest(strapi);
}

/**
 * Stock Strapi 5 returns drafts to anyone who adds `?status=draft` (strapi/strapi#25326). Here
 * every document read made while serving a non-admin request — the content API under any path
 * spelling, any method, any caller (anonymous, API token, JWT) — is forced to published
 * versions: `status` is set to `published` and `hasPublishedVersion` dropped, whatever the query
 * said. Admin routes keep drafts (editing, preview); code outside a request is unaffected.
 */
export function publishedOnly(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    if (READ_ACTIONS.has(context.action) && isPublicRequest(strapi)) {
      const { hasPublishedVersion: _ignored, ...params } = (context.params ?? {}) as Record<string, unknown>;
      context.params = { ...params, status: 'published' } as typeof context.params;
    }
    return next();
  };
}
