import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';
import { scheduledPublishingTask } from '../src/scheduling/publish-scheduled';
import { tickRule } from '../src/scheduling/tick-rule';

/** HTTP server: host, port, the keys that sign cookies, and the scheduled-publishing tick. */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy: trust X-Forwarded-* so per-IP limits see each reader's address.
  proxy: env.bool('IS_PROXIED', false),
  app: {
    keys: requiredEnv('APP_KEYS').split(','),
  },
  // The folder served at / that holds public/uploads (local upload provider); throw-away test
  // Strapis point it into their temp folder, so their uploads vanish with them.
  dirs: { public: env('PUBLIC_DIR', './public') },
  // Publishes drafts whose 定时发布时间 has come (the publish webhook then rebuilds the site).
  cron: {
    enabled: true,
    tasks: {
      scheduledPublishing: scheduledPublishingTask(
        tickRule(env.int('SCHEDULED_PUBLISH_INTERVAL_SECONDS', 60)),
      ),
    },
  },
});
