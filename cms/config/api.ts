import type { Core } from '@strapi/strapi';

/** REST defaults: the site pages through every collection at maxLimit per request. */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Api => ({
  rest: {
    defaultLimit: 25,
    maxLimit: env.int('API_MAX_LIMIT', 100),
    withCount: true,
  },
});
