// The whole pipeline: seeded Strapi → astro build (CMS client, loaders, pages) → Pagefind → Chromium.
// The site under test is the one build the global setup made (see setup/built-site.global.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { articlesWithCovers } from '@select-shandong/cms/seed/images/demo-covers';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../common/browser.ts';
import { buildSite } from '../operations/site-build/build-site.ts';
import { type StaticServer, serveStatic } from '../operations/static-server/static-server.ts';
import { builtSite } from '../test-harness/support/built-site.ts';

const { url: strapiUrl, token } = inject('seededStrapi');

let outDir = '';
let server: StaticServer;
let browser: Browser;

/** Every seeded document as (URL segment, slug, has English). */
const DOCUMENTS: Array<[segment: string, slug: string, hasEnglish: boolean]> = [
  ...demoContent.articles.map((d) => ['articles', d.slug, Boolean(d.en)] as [string, string, boolean]),
  ...demoContent.cities.map((d) => ['cities', d.slug, Boolean(d.en)] as [string, string, boolean]),
  ...demoContent.industries.map((d) => ['industries', d.slug, Boolean(d.en)] as [string, string, boolean]),
  ...demoContent.parks.map((d) => ['parks', d.slug, Boolean(d.en)] as [string, string, boolean]),
  ...demoContent.contacts.map((d) => ['contacts', d.slug, Boolean(d.en)] as [string, string, boolean]),
  ...demoContent.projects.map((d) => ['projects', d.slug, Boolean(d.en)] as [string, string, boolean]),
];

const pagePath = (locale: 'zh' | 'en', segment: string, slug: string) =>
  path.join(outDir, locale === 'en' ? 'en' : '', segment, slug, 'index.html');

beforeAll(async () => {
  outDir = builtSite().outDir;
  server = await serveStatic(() => outDir);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('static site built from Strapi', () => {
  it('has a page for every seeded document in each of its locales, and none in a missing locale', () => {
    const missing: string[] = [];
    const unexpected: string[] = [];
    for (const [segment, slug, hasEnglish] of DOCUMENTS) {
      if (!fs.existsSync(pagePath('zh', segment, slug))) missing.push(`zh ${segment}/${slug}`);
      const en = fs.existsSync(pagePath('en', segment, slug));
      if (hasEnglish && !en) missing.push(`en ${segment}/${slug}`);
      if (!hasEnglish && en) unexpected.push(`en ${segment}/${slug}`);
    }
    expect(missing).toEqual([]);
    expect(unexpected).toEqual([]);
  });

  it('sets <html lang> per locale and marks content for Pagefind', () => {
    const article = demoContent.articles.find((a) => a.en);
    if (!article) throw new Error('fixtures have no English article');
    const zh = fs.readFileSync(pagePath('zh', 'articles', article.slug), 'utf8');
    const en = fs.readFileSync(pagePath('en', 'articles', article.slug), 'utf8');
    expect(zh).toMatch(/<html[^>]*lang="zh-Hans"/);
    expect(en).toMatch(/<html[^>]*lang="en"/);
    expect(zh).toContain('data-pagefind-body');
    expect(zh).toContain(article.zh.title);
    expect(zh).toContain(article.zh.source);
    expect(zh).toContain(article.zh.editor);
  });

  it('renders markdown to HTML', () => {
    const withHeading = demoContent.articles.find((a) => /^## /m.test(a.zh.body));
    if (!withHeading) throw new Error('no fixture article has a heading');
    const html = fs.readFileSync(pagePath('zh', 'articles', withHeading.slug), 'utf8');
    expect(html).toMatch(/<h2[^>]*>/);
    expect(html).not.toMatch(/^## /m);
  });

  it('renders an article with no summary and no English version', () => {
    const bare = demoContent.articles.find((a) => !a.zh.summary && !a.en);
    if (!bare) throw new Error('fixtures have no article without summary and English');
    const html = fs.readFileSync(pagePath('zh', 'articles', bare.slug), 'utf8');
    expect(html).toContain(bare.zh.title);
    expect(html).toContain(bare.zh.source);
    expect(html).not.toMatch(/>\s*(undefined|null|NaN)\s*</);
    const switchHref = /<a[^>]*data-language-switch[^>]*href="([^"]+)"/.exec(html)?.[1];
    expect(switchHref).toMatch(/^\/en\//);
    expect(switchHref).not.toContain(bare.slug);
    expect(fs.existsSync(path.join(outDir, switchHref ?? '', 'index.html'))).toBe(true);
  });

  it('renders an article without a cover with no picture and the share image of its section', () => {
    // The demo seed draws covers for some articles only (cms/src/seed/images/demo-covers.ts).
    const withCover = articlesWithCovers(demoContent.articles);
    const plain = demoContent.articles.find((a) => !withCover.has(a.slug) && !a.zh.body.includes('!['));
    if (!plain) throw new Error('fixtures have no article without a cover and body images');
    const html = fs.readFileSync(pagePath('zh', 'articles', plain.slug), 'utf8');
    expect(html).toContain(plain.zh.title);
    expect(html).not.toContain('<img');
    expect(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]).toMatch(/\/share\/[a-z-]+\.png$/);
  });

  it('writes a Pagefind index with a Chinese and an English language', () => {
    const entry = JSON.parse(
      fs.readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.keys(entry.languages);
    expect(languages.some((l) => l.startsWith('zh'))).toBe(true);
    expect(languages).toContain('en');
  });
});

/** Searches as a reader does: the search page with ?q=, then the result links the search UI renders. */
async function searchInBrowser(searchPage: string, query: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}${searchPage}?q=${encodeURIComponent(query)}`);
    // The contract's result hook, or Pagefind's default UI while the search page still uses it.
    const links = page.locator('a[data-search-result], .pagefind-ui__result-link');
    await links.first().waitFor({ timeout: 15_000 });
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.map((href) => new URL(href, 'http://site.invalid').pathname);
  } finally {
    await page.close();
  }
}

describe('Pagefind in headless Chromium', () => {
  const article = demoContent.articles.find((a) => a.en && a.city);
  if (!article?.en) throw new Error('fixtures have no English article with a city');

  it('finds a Chinese query on the Chinese page', async () => {
    const urls = await searchInBrowser('/search/', article.zh.title);
    expect(urls).toContain(`/articles/${article.slug}/`);
    expect(urls.every((u) => !u.startsWith('/en/'))).toBe(true);
  });

  it('finds an English query on the English page', async () => {
    const urls = await searchInBrowser('/en/search/', article.en?.title ?? '');
    expect(urls).toContain(`/en/articles/${article.slug}/`);
    expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
  });
});

describe('a build that cannot read the CMS', () => {
  it('fails naming the URL and the cause when Strapi is unreachable, and writes no site', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-fail-'));
    const unreachable = 'http://127.0.0.1:9';
    try {
      const build = buildSite({
        strapiUrl: unreachable,
        token,
        outDir: path.join(dir, 'out'),
        // The default budget (60 s) outlasts a Strapi restart; here nothing will come back.
        env: { STRAPI_RETRY_BUDGET_MS: '2000' },
        onLog: () => {},
      });
      await expect(build).rejects.toThrow(unreachable);
      expect(fs.existsSync(path.join(dir, 'out', 'index.html'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with 401 and says the token is wrong when the token is refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-fail-'));
    try {
      const build = buildSite({
        strapiUrl,
        token: 'wrong-token',
        outDir: path.join(dir, 'out'),
        onLog: () => {},
      });
      await expect(build).rejects.toThrow(/401[\s\S]*token|token[\s\S]*401/i);
      expect(fs.existsSync(path.join(dir, 'out', 'index.html'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
