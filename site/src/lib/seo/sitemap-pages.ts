import type { SitemapItem } from '@astrojs/sitemap';
import type { HreflangLink } from './hreflang.ts';

/** Indexable pages of this build: canonical URL → the hreflang alternates the page declares. */
export type SitemapPages = Map<string, readonly HreflangLink[]>;

// SeoHead records each page as it renders and the sitemap integration reads the records in
// astro:build:done. Pages render in the build's own process (as with the route registry), but from
// Vite's bundle, which holds its own copy of this module, so the records live on globalThis.
const REGISTRY = Symbol.for('select-shandong.sitemap-pages');

type GlobalWithPages = typeof globalThis & { [REGISTRY]?: SitemapPages };

/** The pages recorded in this process since the build started. */
export function sitemapPages(): SitemapPages {
  const global = globalThis as GlobalWithPages;
  global[REGISTRY] ??= new Map();
  return global[REGISTRY];
}

/** Forgets the pages of an earlier build in the same process (called when a build starts). */
export function clearSitemapPages(): void {
  sitemapPages().clear();
}

// WHATWG serialisation percent-encodes controls, non-ASCII and lone surrogates, so a URL that went
// through it cannot hold a character XML 1.0 forbids; the sitemap library escapes & < > ' ".
function normalUrl(url: string): string {
  return new URL(url).href;
}

/** Records a page with a canonical URL, i.e. one search engines may index (called by SeoHead). */
export function recordSitemapPage(canonical: string, alternates: readonly HreflangLink[]): void {
  sitemapPages().set(
    normalUrl(canonical),
    alternates.map((alt) => ({ hreflang: alt.hreflang, href: normalUrl(alt.href) })),
  );
}

/** Whether the sitemap lists the URL: only pages that rendered with a canonical link (not 404, noindex, endpoints). */
export function isSitemapPage(pages: SitemapPages, url: string): boolean {
  return pages.has(normalUrl(url));
}

/**
 * The sitemap entry of one page, with the page's own hreflang alternates (x-default included) kept
 * only where the alternate is itself a built, indexable page; none when fewer than two language
 * versions remain, since a single language version has nothing to point search engines to.
 */
export function sitemapItem(pages: SitemapPages, item: SitemapItem): SitemapItem {
  const url = normalUrl(item.url);
  const alternates = (pages.get(url) ?? []).filter((alt) => pages.has(alt.href));
  const languages = alternates.filter((alt) => alt.hreflang !== 'x-default');
  const links = languages.length > 1 ? alternates.map((alt) => ({ lang: alt.hreflang, url: alt.href })) : [];
  return { ...item, url, links };
}
