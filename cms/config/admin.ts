import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';
import { previewSecret } from '../src/preview/draft-route';
import { draftPreviewUrl, sitePageUrl } from '../src/preview/site-page-url';

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
  // "Open preview" on an entry shows its draft as its page will look, on the preview server
  // (PREVIEW_URL, with PREVIEW_SECRET); types it does not render, or without it, the page on the
  // static site (SITE_URL, as the site build uses).
  preview: {
    enabled: env.bool('PREVIEW_ENABLED', true),
    config: {
      allowedOrigins: [env('SITE_URL', 'http://127.0.0.1:4321'), env('PREVIEW_URL', '')]
        .filter((url) => url !== '')
        .map((url) => new URL(url).origin),
      handler: async (uid, params) => {
        const previewUrl = env('PREVIEW_URL', '');
        const secret = previewSecret();
        const draft = previewUrl && secret ? draftPreviewUrl(previewUrl, secret, uid, params) : null;
        return draft ?? sitePageUrl(strapi, env('SITE_URL', 'http://127.0.0.1:4321'), uid, params);
      },
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
