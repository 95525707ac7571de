import type { Core } from '@strapi/strapi';

/** Query parameters that would let a caller ask the content API for draft versions. */
const DRAFT_PARAMS = ['status', 'publicationState', 'hasPublishedVersion'] as const;

/**
 * Stock Strapi 5 returns drafts to anyone who adds `?status=draft` (strapi/strapi#25326).
 * The content API (`/api/*`) serves published content only, to every caller: the site build
 * never needs drafts, and editors preview drafts in the admin, which does not use these routes.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: { path: string; query: Record<string, unknown> }, next: () => Promise<void>) => {
    if (ctx.path.startsWith('/api/') && DRAFT_PARAMS.some((name) => name in ctx.query)) {
      const query = { ...ctx.query };
      for (const name of DRAFT_PARAMS) delete query[name];
      ctx.query = query;
    }
    await next();
  };
};
