import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';

/** HTTP server: host, port and the keys that sign cookies. */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy: trust X-Forwarded-* so per-IP limits see each reader's address.
  proxy: env.bool('IS_PROXIED', false),
  app: {
    keys: requiredEnv('APP_KEYS').split(','),
  },
});
