import type { AstroIntegration } from 'astro';
import { SiteConfigError } from '../config/env.ts';
import { bumpContentGeneration } from '../lib/index-overlay.ts';
import { previewDraftReader } from '../preview/draft-reader.ts';
import { PREVIEW_SERVER_ENV } from '../preview/preview-env.ts';
import { previewGate } from '../preview/preview-gate.ts';
import { previewTargetOf } from '../preview/preview-link.ts';
import { publishedFreshness } from '../preview/published-freshness.ts';

/** Astro's virtual module of the content layer's data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * The draft preview, in `astro dev` only: injects /preview/<type>/<documentId>/[en/] (DraftPage.astro,
 * rendered per request) and its middleware (one page at a time, the preview banner), puts the
 * signed-link gate in front of the whole dev server, and reloads the published content before a
 * preview page when Strapi says something was published since. Refuses any other command, so no
 * build — and no public site — can contain the preview route.
 */
export function draftPreviewIntegration(): AstroIntegration {
  return {
    name: 'select-shandong:draft-preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, addMiddleware, updateConfig }) => {
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
        addMiddleware({
          entrypoint: new URL('../preview/preview-middleware.ts', import.meta.url),
          order: 'pre',
        });
        // The toolbar's scripts would be blocked by the gate and the CSP anyway.
        updateConfig({ devToolbar: { enabled: false } });
      },
      'astro:server:setup': async ({ server, refreshContent, logger }) => {
        const secret = process.env.PREVIEW_SECRET?.trim() ?? '';
        if (secret.length < 16) {
          throw new SiteConfigError(
            'PREVIEW_SECRET must be set (16+ characters, the same value Strapi has).',
          );
        }
        const reader = previewDraftReader();
        const freshness = publishedFreshness({
          readStamp: () => reader.fetchPublishedStamp(),
          reload: async () => {
            await refreshContent?.({});
            // Astro drops its copy of the data store when its file watcher sees the new file;
            // the page about to render must not be earlier than that.
            const store = server.moduleGraph.getModuleById(DATA_STORE_MODULE);
            if (store) server.moduleGraph.invalidateModule(store);
            bumpContentGeneration();
          },
          log: (line) => logger.info(line),
        });
        // Before the content layer loads, so a publish in between is reloaded rather than missed.
        await freshness.prime();
        server.middlewares.use(previewGate(secret));
        server.middlewares.use((req, _res, next) => {
          const { pathname } = new URL(req.url ?? '/', 'http://preview.invalid');
          if (!previewTargetOf(pathname)) return next();
          freshness.ensureFresh().then(() => next(), next);
        });
      },
    },
  };
}
