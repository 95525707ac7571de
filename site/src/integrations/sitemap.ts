import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type PageMeta, readPageMeta } from '../lib/seo/page-meta.ts';
import { renderSitemap, sitemapEntries } from '../lib/seo/sitemap.ts';

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
  return {
    name: 'select-shandong:sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await htmlFiles(outDir);
        const pages: PageMeta[] = await Promise.all(
          files.map(async (file) => readPageMeta(await readFile(file, 'utf8'))),
        );
        const entries = sitemapEntries(pages);
        await writeFile(join(outDir, 'sitemap.xml'), renderSitemap(entries));
        logger.info(`sitemap.xml: ${entries.length} URLs from ${files.length} pages`);
      },
    },
  };
}
