import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { clearSitemapPages, isSitemapPage, sitemapItem, sitemapPages } from '../lib/seo/sitemap-pages.ts';

/** The sitemap protocol's limit of URLs per file; past it the library writes a second file. */
const SITEMAP_MAX_URLS = 50_000;

/**
 * `@astrojs/sitemap` writing `sitemap-index.xml` and `sitemap-0.xml` …: every page that rendered
 * with a canonical link, with the hreflang alternates that page declares (recorded by SeoHead), so
 * the sitemap cannot disagree with the pages and lists a translation only where one was built.
 */
export function sitemapIntegration(): AstroIntegration {
  const library = sitemap({
    filter: (url) => isSitemapPage(sitemapPages(), url),
    serialize: (item) => sitemapItem(sitemapPages(), item),
    entryLimit: SITEMAP_MAX_URLS,
    // Only hreflang links are written; the news, image and video namespaces would be unused.
    namespaces: { news: false, image: false, video: false, xhtml: true },
  });
  return {
    ...library,
    hooks: { ...library.hooks, 'astro:build:start': () => clearSitemapPages() },
  };
}
