import { fileURLToPath } from 'node:url';
import tailwind from '@astrojs/tailwind';
import { defineConfig } from 'astro/config';
import { readOutputEnv } from './src/config/env.ts';
import { readMediaOrigins } from './src/config/media-origins.ts';
import { buildReportIntegration } from './src/integrations/build-report.ts';
import { cmsEnvIntegration } from './src/integrations/cms-env.ts';
import { draftPreviewIntegration } from './src/integrations/draft-preview.ts';
import { externalOutDirIntegration } from './src/integrations/external-out-dir.ts';
import { mediaFilesIntegration } from './src/integrations/media-files.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { routeRegistryIntegration } from './src/integrations/route-registry.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { remotePatternsFor } from './src/lib/images/remote-patterns.ts';
import { isPreviewServer } from './src/preview/preview-env.ts';

const { siteUrl, outDir, cacheDir, imageCacheDir } = readOutputEnv();
// Default beside Astro's own cache in site/, which survives between plain `astro build` runs.
const processedImages =
  imageCacheDir ?? fileURLToPath(new URL('./node_modules/.astro/processed-images/', import.meta.url));

export default defineConfig({
  site: siteUrl,
  outDir,
  // Per-build cache (the pipeline gives each build its own), so two builds never share a data store.
  ...(cacheDir ? { cacheDir } : {}),
  output: 'static',
  image: {
    // Pictures are fetched at build time from the CMS (local uploads), S3 or a CDN, and only there.
    remotePatterns: remotePatternsFor(readMediaOrigins()),
    // Absolute: the pipeline runs astro from a scratch folder of its own (--root site/).
    service: {
      entrypoint: fileURLToPath(new URL('./src/lib/images/image-service.ts', import.meta.url)),
      config: { cacheDir: processedImages },
    },
  },
  trailingSlash: 'always',
  // Stylesheets and scripts stay files: the Content-Security-Policy allows only the site's own
  // files (script-src/style-src 'self'), never inline code (lib/seo/content-security-policy.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      // Astro inlines small hoisted scripts below this limit; `false` keeps every script external.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
  i18n: {
    defaultLocale: 'zh',
    locales: ['zh', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    cmsEnvIntegration(),
    routeRegistryIntegration(),
    // The config by path: without it Tailwind looks in the working directory, and the pipeline runs
    // astro from a scratch folder of its own, where it found none and wrote only the base styles.
    tailwind({ configFile: fileURLToPath(new URL('./tailwind.config.ts', import.meta.url)) }),
    externalOutDirIntegration(),
    mediaFilesIntegration(),
    buildReportIntegration(),
    sitemapIntegration(),
    // PAGEFIND_INDEX=false skips indexing (the benchmark times Pagefind as its own stage).
    ...(process.env.PAGEFIND_INDEX === 'false' ? [] : [pagefindIntegration()]),
    // Only the preview server's `astro dev` (scripts/operations/preview) has the draft route.
    ...(isPreviewServer() ? [draftPreviewIntegration()] : []),
  ],
});
