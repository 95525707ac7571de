import type { AstroIntegration } from 'astro';
import { ASTRO_COMMAND_ENV } from '../cms/astro-command.ts';
import { readCmsEnv } from '../config/env.ts';
import { readMediaOrigins } from '../config/media-origins.ts';

/**
 * Checks the CMS environment and the media origins before anything is loaded (fails with what to
 * set) and tells the loaders which command runs, so `astro sync` generates types without
 * contacting the CMS.
 */
export function cmsEnvIntegration(): AstroIntegration {
  return {
    name: 'select-shandong:cms-env',
    hooks: {
      'astro:config:setup': ({ command }) => {
        process.env[ASTRO_COMMAND_ENV] = command;
        if (command === 'build' || command === 'dev') {
          readCmsEnv();
          // A bad SITE_MEDIA_ORIGINS fails here, before any page, not at the first markdown body.
          readMediaOrigins();
        }
      },
    },
  };
}
