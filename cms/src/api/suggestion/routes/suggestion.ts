import { factories } from '@strapi/strapi';

// Find/findOne stay registered so the public gets 403 (not 404) from the permission check; only create is allowed.
export default factories.createCoreRouter('api::suggestion.suggestion', {
  config: { create: { middlewares: ['api::suggestion.rate-limit'] } },
});
