import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jsonLdText } from '@select-shandong/site/seo/open-graph';
import { renderRss } from '@select-shandong/site/seo/rss';
import { afterEach, describe, expect, it } from 'vitest';
import { PipelineError } from '../pipeline/errors.ts';
import { verifyBuild } from '../pipeline/verify.ts';
import { checkWellFormed, formatMalformed, jsonLdProblems, xmlProblem } from './well-formed.ts';

const roots: string[] = [];

function build(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'well-formed-'));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** Titles an editor could paste from a word processor: controls, non-characters, a lone surrogate. */
const HOSTILE_TITLE = 'A\u0001B\uFFFFC\uFFFE\uD800D\u000B\u001F & <E>';

const channel = {
  title: '投资动态',
  link: 'https://example.test/news/',
  description: 'd',
  language: 'zh-cn',
  selfUrl: 'https://example.test/rss/investment-news.xml',
};
const item = {
  title: HOSTILE_TITLE,
  link: 'https://example.test/articles/a/',
  description: `摘要\u0001`,
  publishedAt: '2024-05-01T02:00:00.000Z',
  author: '王\u0008编辑',
  category: '投资动态',
};

describe('xmlProblem (fixtures)', () => {
  const cases: [string, string, number][] = [
    ['a raw U+0001', '<?xml version="1.0"?>\n<rss>\n<title>A\u0001B</title></rss>', 3],
    ['a raw U+FFFF', '<?xml version="1.0"?>\n<t>\uFFFF</t>', 2],
    ['a character reference to U+0001', '<t>&#1;</t>', 1],
    ['an unclosed element', '<rss>\n<channel>\n</rss>', 3],
    ['an unescaped ampersand', '<t>A & B</t>', 1],
    ['an unbound namespace prefix', '<rss><atom:link/></rss>', 1],
  ];
  it.each(cases)('rejects %s with its line', (_name, xml, line) => {
    expect(xmlProblem(xml)).toMatchObject({ line });
  });

  it('accepts tab, LF, CR, CJK and astral characters', () => {
    expect(xmlProblem('<?xml version="1.0" encoding="UTF-8"?>\n<t a="x">\t济南\r\n😀 &amp;</t>')).toBeNull();
  });
});

describe('jsonLdProblems (fixtures)', () => {
  it('reports an unparsable block with its line and accepts a good one', () => {
    const html = [
      '<html><head>',
      '<script type="application/ld+json">{"@type":"WebSite"}</script>',
      '<script type="application/ld+json">{"name":"a",}</script>',
      '</head></html>',
    ].join('\n');
    expect(jsonLdProblems(html)).toEqual([{ line: 3, problem: expect.stringMatching(/^JSON-LD: /) }]);
  });

  it('ignores executable scripts and other data blocks', () => {
    expect(jsonLdProblems('<script>var a = {,}</script><script type="application/json">x</script>')).toEqual(
      [],
    );
  });
});

describe('checkWellFormed', () => {
  it('names every broken XML file and page with its line', () => {
    const root = build({
      'sitemap-0.xml': '<urlset><url><loc>https://example.test/</loc></url></urlset>',
      'rss/news.xml': '<rss>\n<channel><title>A\u0001</title></channel></rss>',
      'en/rss/news.xml': '<rss><channel>',
      'index.html': '<script type="application/ld+json">{"name":"</script>',
      'about/index.html': '<script type="application/ld+json">{"name":"ok"}</script>',
    });
    const result = checkWellFormed(root);
    expect(result.xmlFiles).toBe(3);
    expect(result.jsonLdBlocks).toBe(2);
    expect(result.malformed.map((m) => `${m.file}:${m.line}`)).toEqual([
      'en/rss/news.xml:1',
      'rss/news.xml:2',
      'index.html:1',
    ]);
    expect(formatMalformed(result.malformed, 2)).toMatch(
      /^\/en\/rss\/news\.xml:1: .+\n\/rss\/news\.xml:2: .+\n… and 1 more$/,
    );
  });

  // The sitemap's own hostile-text test drives @astrojs/sitemap (site/src/integrations/sitemap.test.ts).
  it('passes a feed and JSON-LD rendered from hostile text (U+0001, U+FFFF, lone surrogate, U+2028)', async () => {
    const root = build({
      'rss/investment-news.xml': await renderRss(channel, [item]),
      'index.html': `<script type="application/ld+json">${jsonLdText({ name: `${HOSTILE_TITLE}\u2028</script>` })}</script>`,
    });
    expect(checkWellFormed(root)).toEqual({ xmlFiles: 1, jsonLdBlocks: 1, malformed: [] });
    const feed = fs.readFileSync(path.join(root, 'rss/investment-news.xml'), 'utf8');
    expect(feed).toContain('<title>ABCD &amp; &lt;E&gt;</title>');
    expect(feed).toContain('<dc:creator>王编辑</dc:creator>');
  });
});

describe('verifyBuild runs the check', () => {
  it('stops at step verify naming the malformed feed and line', () => {
    const root = build({
      'index.html': '<a href="/rss/news.xml">rss</a>',
      'rss/news.xml': '<?xml version="1.0"?>\n<rss>\n<title>A\u0001</title></rss>',
    });
    const input = {
      buildDir: root,
      siteUrl: 'https://example.test',
      documents: [],
      searchQuery: 'x',
      previousPageCount: null,
      maxDrop: 0.1,
      allowDrop: false,
    };
    let error: unknown;
    try {
      verifyBuild(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PipelineError);
    expect(error).toMatchObject({ step: 'verify', message: expect.stringContaining('/rss/news.xml:3:') });
  });
});
