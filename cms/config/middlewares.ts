/**
 * Middleware stack: Strapi's defaults. Published-only for the content API is not a URL check here
 * but a Document Service middleware (src/document-middlewares/published-only.ts), where Strapi
 * knows which kind of route a request came through.
 */
export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
