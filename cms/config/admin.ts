import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';
import { sitePageUrl } from '../src/preview/site-page-url';

/** Admin panel: secrets come from the environment (see .env.example). */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: requiredEnv('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: requiredEnv('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: requiredEnv('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: requiredEnv('ENCRYPTION_KEY'),
  },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // "Open preview" on an entry shows its page on the static site (SITE_URL, as the site build uses).
  preview: {
    enabled: env.bool('PREVIEW_ENABLED', true),
    config: {
      allowedOrigins: [new URL(env('SITE_URL', 'http://127.0.0.1:4321')).origin],
      handler: (uid, params) => sitePageUrl(strapi, env('SITE_URL', 'http://127.0.0.1:4321'), uid, params),
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
