import type { PageMeta } from './page-meta.ts';
import { xmlEscape } from './xml-escape.ts';

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

/** The sitemap entries of the built pages: every indexable page with a canonical URL, once, sorted. */
export function sitemapEntries(pages: readonly PageMeta[]): SitemapEntry[] {
  const byLoc = new Map<string, SitemapEntry>();
  for (const page of pages) {
    if (page.noindex || !page.canonical) continue;
    byLoc.set(page.canonical, { loc: page.canonical, alternates: page.alternates });
  }
  return [...byLoc.values()].sort((a, b) => a.loc.localeCompare(b.loc));
}

/** sitemap.xml with xhtml:link hreflang alternates (as Google documents for multilingual sites). */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const entry of entries) {
    lines.push('<url>', `<loc>${xmlEscape(entry.loc)}</loc>`);
    for (const alt of entry.alternates) {
      lines.push(
        `<xhtml:link rel="alternate" hreflang="${xmlEscape(alt.hreflang)}" href="${xmlEscape(alt.href)}"/>`,
      );
    }
    lines.push('</url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_MAX_URLS = 50_000;

/** A sitemap index pointing at the given sitemap files (absolute URLs). */
export function renderSitemapIndex(locations: readonly string[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locations.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ];
  return lines.join('\n');
}
