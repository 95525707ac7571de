import type { AstroIntegration } from 'astro';
import { SiteConfigError } from '../config/env.ts';
import { PREVIEW_SERVER_ENV } from '../preview/preview-env.ts';
import { previewGate } from '../preview/preview-gate.ts';

/**
 * The draft preview, in `astro dev` only: injects /preview/<type>/<documentId>/[en/] (DraftPage.astro,
 * rendered per request) and puts the secret gate in front of the whole dev server. Refuses any other
 * command, so no build — and no public site — can contain the preview route.
 */
export function draftPreviewIntegration(): AstroIntegration {
  return {
    name: 'select-shandong:draft-preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
        if (command !== 'dev') {
          throw new SiteConfigError(
            `${PREVIEW_SERVER_ENV}=true is for the preview server (astro dev), not astro ${command}.`,
          );
        }
        injectRoute({
          pattern: '/preview/[type]/[documentId]/[...lang]',
          entrypoint: new URL('../preview/DraftPage.astro', import.meta.url),
          prerender: false,
        });
        // The toolbar's scripts would be blocked by the gate and the CSP anyway.
        updateConfig({ devToolbar: { enabled: false } });
      },
      'astro:server:setup': ({ server }) => {
        const secret = process.env.PREVIEW_SECRET?.trim() ?? '';
        if (secret.length < 16) {
          throw new SiteConfigError(
            'PREVIEW_SECRET must be set (16+ characters, the same value Strapi has).',
          );
        }
        server.middlewares.use(previewGate(secret));
      },
    },
  };
}
