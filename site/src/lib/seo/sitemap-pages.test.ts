import { describe, expect, it } from 'vitest';
import { isSitemapPage, type SitemapPages, sitemapItem } from './sitemap-pages.ts';

const zh = 'https://example.org/articles/a/';
const en = 'https://example.org/en/articles/a/';
const pair = [
  { hreflang: 'zh-Hans', href: zh },
  { hreflang: 'en', href: en },
  { hreflang: 'x-default', href: zh },
];

describe('sitemapItem', () => {
  it('keeps the alternates a page declares, x-default included, when both versions were built', () => {
    const pages: SitemapPages = new Map([
      [zh, pair],
      [en, pair],
    ]);
    expect(sitemapItem(pages, { url: en }).links).toEqual([
      { lang: 'zh-Hans', url: zh },
      { lang: 'en', url: en },
      { lang: 'x-default', url: zh },
    ]);
  });

  it('writes no alternates for a page without a translation, nor for one whose translation was not built', () => {
    const pages: SitemapPages = new Map([
      [zh, pair],
      ['https://example.org/articles/only-zh/', []],
    ]);
    expect(sitemapItem(pages, { url: zh }).links).toEqual([]);
    expect(sitemapItem(pages, { url: 'https://example.org/articles/only-zh/' }).links).toEqual([]);
  });
});

describe('isSitemapPage', () => {
  it('admits only recorded pages, comparing URLs as the library writes them', () => {
    const pages: SitemapPages = new Map([['https://example.org/%E6%B5%8E%E5%8D%97/', []]]);
    expect(isSitemapPage(pages, 'https://example.org/济南/')).toBe(true);
    expect(isSitemapPage(pages, 'https://example.org/404/')).toBe(false);
  });
});
