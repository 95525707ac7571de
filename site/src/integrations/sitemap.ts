import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type PageMeta, readPageMeta } from '../lib/seo/page-meta.ts';
import { renderSitemap, renderSitemapIndex, SITEMAP_MAX_URLS, sitemapEntries } from '../lib/seo/sitemap.ts';

/** Files read at once: a portal of 40,000 pages must not open them all together (EMFILE). */
const READ_CONCURRENCY = 64;

async function readAllPageMeta(files: readonly string[]): Promise<PageMeta[]> {
  const pages: PageMeta[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      pages[i] = readPageMeta(await readFile(files[i] as string, 'utf8'));
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return pages;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('/pagefind/'));
}

/**
 * Writes `sitemap.xml` from the pages actually built, so every listing, filter and pagination page
 * other parts add is included without this file knowing them; each page's own canonical and
 * hreflang links (written by BaseLayout) are the source, so the sitemap cannot disagree with them.
 */
export function sitemapIntegration(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'select-shandong:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await htmlFiles(outDir);
        const entries = sitemapEntries(await readAllPageMeta(files));
        if (entries.length <= SITEMAP_MAX_URLS) {
          await writeFile(join(outDir, 'sitemap.xml'), renderSitemap(entries));
          logger.info(`sitemap.xml: ${entries.length} URLs from ${files.length} pages`);
          return;
        }
        // Past the protocol's limit: numbered sitemaps, and sitemap.xml becomes their index.
        const locations: string[] = [];
        for (let start = 0; start < entries.length; start += SITEMAP_MAX_URLS) {
          const name = `sitemap-${locations.length + 1}.xml`;
          await writeFile(join(outDir, name), renderSitemap(entries.slice(start, start + SITEMAP_MAX_URLS)));
          locations.push(new URL(`/${name}`, site).href);
        }
        await writeFile(join(outDir, 'sitemap.xml'), renderSitemapIndex(locations));
        logger.info(`sitemap.xml: index of ${locations.length} sitemaps, ${entries.length} URLs`);
      },
    },
  };
}
