// The whole built site: no broken internal link (fragments included), every page valid HTML.
import fs from 'node:fs';
import path from 'node:path';
import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { scanTags } from '../operations/site-checks/html-scan.ts';
import { checkLinks, formatBrokenLinks, xmlUrls } from '../operations/site-checks/link-check.ts';
import { listFiles, urlPathOf } from '../operations/site-checks/site-files.ts';
import { checkWellFormed, formatMalformed } from '../operations/site-checks/well-formed.ts';
import { formatHtmlProblems, validateSite } from '../test-harness/site-checks/html-validation.ts';
import { undefinedUtilityClasses } from '../test-harness/site-checks/utility-classes.ts';
import { builtSite } from '../test-harness/support/built-site.ts';

describe('built site quality', () => {
  it('has a sitemap index that robots.txt names, robots.txt and a 404 page', () => {
    const { outDir, siteUrl } = builtSite();
    const missing = ['sitemap-index.xml', 'robots.txt', '404.html'].filter(
      (file) => !fs.existsSync(path.join(outDir, file)),
    );
    expect(missing, 'missing from the build root').toEqual([]);
    expect(fs.readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${siteUrl}/sitemap-index.xml`,
    );
  });

  it('defines in its stylesheets every Tailwind utility its pages use (the pages are styled)', () => {
    const { outDir } = builtSite();
    const { used, missing } = undefinedUtilityClasses(outDir);
    // Guards against a check that looked at nothing.
    expect(used).toBeGreaterThan(100);
    // Compared as text so a failure lists the classes, each with a page that uses it (first 40).
    const listed = missing.slice(0, 40).map(({ className, page }) => `${className}  (${page})`);
    expect(listed.join('\n'), `${missing.length} utilities used but not in any stylesheet`).toBe('');
  });

  it('has zero broken internal links in any HTML page or XML file (sitemap, RSS)', () => {
    const { outDir, siteUrl } = builtSite();
    const result = checkLinks(outDir, siteUrl);
    console.log(
      `[links] ${result.linksChecked} internal links in ${result.pagesChecked} files, ${result.broken.length} broken`,
    );
    // Guards against a check that silently looked at nothing.
    expect(result.pagesChecked).toBeGreaterThan(100);
    // Compared as text so a failure lists the broken links one per line (first 60).
    expect(formatBrokenLinks(result.broken), 'broken internal links').toBe('');
  });

  it('every XML file (sitemap, RSS) parses as XML 1.0 and every JSON-LD block as JSON', () => {
    const result = checkWellFormed(builtSite().outDir);
    // Guards against a check that looked at nothing: the sitemaps, the column feeds, JSON-LD.
    expect(result.xmlFiles).toBeGreaterThan(2);
    expect(result.jsonLdBlocks).toBeGreaterThan(100);
    expect(formatMalformed(result.malformed, 60), 'malformed files').toBe('');
  });

  it('passes html-validate (recommended rules) on every page', async () => {
    const { outDir } = builtSite();
    const result = await validateSite(outDir);
    console.log(`[html-validate] ${result.pagesChecked} pages, ${result.problems.length} problems`);
    expect(result.pagesChecked).toBe(listFiles(outDir, '.html').length);
    expect(formatHtmlProblems(result.problems), 'html-validate problems').toBe('');
  });

  it('declares on every page its language and, unless it is noindex, its canonical URL', () => {
    const { outDir, siteUrl } = builtSite();
    const wrong: string[] = [];
    for (const file of listFiles(outDir, '.html')) {
      const urlPath = urlPathOf(file);
      if (urlPath === '/404.html' || urlPath.startsWith('/pagefind/')) continue;
      const tags = scanTags(fs.readFileSync(path.join(outDir, file), 'utf8'));
      const lang = tags.find((t) => t.name === 'html')?.attributes.lang;
      const expectedLang = urlPath.startsWith('/en/') ? 'en' : 'zh-Hans';
      if (lang !== expectedLang) wrong.push(`${urlPath}: <html lang="${lang}">, expected ${expectedLang}`);
      const canonical = tags.find((t) => t.name === 'link' && t.attributes.rel === 'canonical')?.attributes
        .href;
      // A page kept out of search engines (an expired job posting) names no canonical URL.
      const noindex = tags.some((t) => t.name === 'meta' && t.attributes.name === 'robots');
      const expected = noindex ? undefined : `${siteUrl}${urlPath}`;
      if (canonical !== expected) wrong.push(`${urlPath}: canonical ${canonical}`);
    }
    expect(wrong.slice(0, 40).join('\n')).toBe('');
  });

  it('lists every document page of both locales in the sitemap, and no 404 or noindex page', () => {
    const { outDir, siteUrl } = builtSite();
    const listed = readSitemap(outDir);
    const withLinks = [...listed.values()].filter((links) => links.length > 0).length;
    console.log(`[sitemap] ${listed.size} URLs, ${withLinks} with hreflang alternates`);
    const { articles, cities, industries, parks, projects, contacts } = demoContent;
    const documents: Array<[string, { slug: string; en?: unknown }[]]> = [
      ['articles', articles],
      ['cities', cities],
      ['industries', industries],
      ['parks', parks],
      ['projects', projects],
      ['contacts', contacts],
    ];
    const missing: string[] = [];
    for (const [segment, docs] of documents) {
      for (const doc of docs) {
        const urls = [`${siteUrl}/${segment}/${doc.slug}/`];
        if (doc.en) urls.push(`${siteUrl}/en/${segment}/${doc.slug}/`);
        missing.push(...urls.filter((url) => !listed.has(url)));
      }
    }
    expect(missing.slice(0, 40).join('\n')).toBe('');
    expect(listed.has(`${siteUrl}/404/`) || listed.has(`${siteUrl}/404.html`)).toBe(false);
    // The pages themselves are the other source of truth: each page listed declares its canonical
    // URL and no noindex, and its sitemap alternates are exactly its own hreflang links.
    const wrong: string[] = [];
    for (const [url, links] of listed) {
      const file = path.join(outDir, new URL(url).pathname, 'index.html');
      const tags = scanTags(fs.readFileSync(file, 'utf8'));
      if (tags.some((t) => t.name === 'meta' && t.attributes.name === 'robots'))
        wrong.push(`${url}: noindex`);
      const own = tags
        .filter((t) => t.name === 'link' && t.attributes.rel === 'alternate' && t.attributes.hreflang)
        .map((t) => `${t.attributes.hreflang} ${t.attributes.href}`);
      if (own.join(', ') !== links.join(', ')) wrong.push(`${url}: sitemap [${links}] page [${own}]`);
    }
    // And the other way round: every built page with a canonical link is listed (as before the library).
    for (const file of listFiles(outDir, '.html')) {
      const tags = scanTags(fs.readFileSync(path.join(outDir, file), 'utf8'));
      const canonical = tags.find((t) => t.name === 'link' && t.attributes.rel === 'canonical')?.attributes
        .href;
      if (canonical && !listed.has(canonical)) wrong.push(`${urlPathOf(file)}: not in the sitemap`);
    }
    expect(wrong.slice(0, 40).join('\n')).toBe('');
  });

  it('gives a translated document its hreflang alternates and x-default, an untranslated one none', () => {
    const { outDir, siteUrl } = builtSite();
    const listed = readSitemap(outDir);
    const translated = demoContent.articles.find((article) => article.en);
    const untranslated = demoContent.articles.find((article) => !article.en);
    if (!translated || !untranslated) throw new Error('demo content needs articles with and without en');
    const zh = `${siteUrl}/articles/${translated.slug}/`;
    const en = `${siteUrl}/en/articles/${translated.slug}/`;
    const pair = [`zh-Hans ${zh}`, `en ${en}`, `x-default ${zh}`];
    expect(listed.get(zh)).toEqual(pair);
    expect(listed.get(en)).toEqual(pair);
    expect(listed.get(`${siteUrl}/articles/${untranslated.slug}/`)).toEqual([]);
  });
});

/**
 * Every URL of the built sitemap, from sitemap-index.xml through the files it names, with its
 * `xhtml:link` alternates as "hreflang href" (parsed with htmlparser2 in XML mode).
 */
function readSitemap(outDir: string): Map<string, string[]> {
  const urls = new Map<string, string[]>();
  const index = fs.readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8');
  const files = xmlUrls(index);
  expect(files.length, 'sitemaps named by sitemap-index.xml').toBeGreaterThan(0);
  for (const file of files) {
    let current: string[] = [];
    let text = '';
    const parser = new Parser(
      {
        onopentag: (name, attrs) => {
          text = '';
          if (name === 'url') current = [];
          if (name === 'xhtml:link') current.push(`${attrs.hreflang} ${attrs.href}`);
        },
        ontext: (chunk) => {
          text += chunk;
        },
        onclosetag: (name) => {
          if (name === 'loc') urls.set(text.trim(), current);
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    parser.end(fs.readFileSync(path.join(outDir, new URL(file).pathname), 'utf8'));
  }
  return urls;
}
