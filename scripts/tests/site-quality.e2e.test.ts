// The whole built site: no broken internal link (fragments included), every page valid HTML.
import fs from 'node:fs';
import path from 'node:path';
import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { describe, expect, it } from 'vitest';
import { scanTags } from '../operations/site-checks/html-scan.ts';
import { checkLinks, formatBrokenLinks, xmlUrls } from '../operations/site-checks/link-check.ts';
import { listFiles, urlPathOf } from '../operations/site-checks/site-files.ts';
import { checkWellFormed, formatMalformed } from '../operations/site-checks/well-formed.ts';
import { formatHtmlProblems, validateSite } from '../test-harness/site-checks/html-validation.ts';
import { builtSite } from '../test-harness/support/built-site.ts';

describe('built site quality', () => {
  it('has sitemap.xml, robots.txt and a 404 page', () => {
    const { outDir } = builtSite();
    const missing = ['sitemap.xml', 'robots.txt', '404.html'].filter(
      (file) => !fs.existsSync(path.join(outDir, file)),
    );
    expect(missing, 'missing from the build root').toEqual([]);
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
    // Guards against a check that looked at nothing: sitemap.xml, the column feeds, JSON-LD.
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

  it('declares on every page its language and its canonical URL', () => {
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
      if (canonical !== `${siteUrl}${urlPath}`) wrong.push(`${urlPath}: canonical ${canonical}`);
    }
    expect(wrong.slice(0, 40).join('\n')).toBe('');
  });

  it('lists every document page of both locales in sitemap.xml', () => {
    const { outDir, siteUrl } = builtSite();
    const listed = new Set(xmlUrls(fs.readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8')));
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
  });
});
