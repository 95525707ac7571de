import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanTags } from './html-scan.ts';
import { checkLinks, toInternalUrl, xmlUrls } from './link-check.ts';

const ORIGIN = 'https://select-shandong.test';
let root: string;

function write(file: string, html: string): void {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, html);
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-'));
  write('index.html', '<a href="/cities/">c</a><a href="#main">skip</a><main id="main"></main>');
  write(
    'cities/index.html',
    [
      '<link rel="canonical" href="https://select-shandong.test/cities/">',
      '<a href="jinan/">relative</a>',
      '<a href="/cities/jinan/#figures">fragment ok</a>',
      '<a href="/cities/jinan/#nope">fragment missing</a>',
      '<a href="/cities/laiwu/">missing page</a>',
      '<a href="https://example.org/x">external</a><a href="tel:0531-1">tel</a><a href="mailto:a@b.c">m</a>',
      '<img src="/img/a.png" srcset="/img/a.png 1x, /img/b.png 2x" alt="">',
      '<form action="/search/"><input name="q"></form>',
      '<script>const s = "<a href=\\"/in-script/\\">";</script><!-- <a href="/in-comment/"> -->',
    ].join('\n'),
  );
  write('cities/jinan/index.html', '<section id="figures"></section>');
  write('search/index.html', '<h1>search</h1>');
  write('img/a.png', 'png');
  write(
    'sitemap-0.xml',
    '<urlset><url><loc>https://select-shandong.test/cities/</loc>' +
      '<xhtml:link rel="alternate" hreflang="en" href="https://select-shandong.test/en/cities/"/></url></urlset>',
  );
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('reports exactly the broken links: missing pages, files, fragments and sitemap entries', () => {
    const result = checkLinks(root, ORIGIN);
    expect(result.broken.map((b) => `${b.page} ${b.url}`).sort()).toEqual([
      '/cities/ /cities/jinan/#nope',
      '/cities/ /cities/laiwu/',
      '/cities/ /img/b.png',
      '/sitemap-0.xml https://select-shandong.test/en/cities/',
    ]);
    expect(result.broken.find((b) => b.url.endsWith('#nope'))?.reason).toMatch(/fragment #nope/);
  });

  it('treats absolute URLs on the site origin as internal and others as external', () => {
    expect(toInternalUrl('https://select-shandong.test/a/', '/', ORIGIN)?.pathname).toBe('/a/');
    expect(toInternalUrl('https://example.org/a/', '/', ORIGIN)).toBeNull();
    expect(toInternalUrl('tel:123', '/', ORIGIN)).toBeNull();
    expect(toInternalUrl('../b/', '/x/y/', ORIGIN)?.pathname).toBe('/x/b/');
  });
});

describe('scanTags', () => {
  it('reads quoted and entity-encoded attributes, skipping script, style and comments', () => {
    const tags = scanTags(
      '<a title="a > b" href="/s/?q=1&amp;city=x">x</a><!-- <a href="/no/"> --><style>a{}</style>',
    );
    expect(tags).toEqual([
      { name: 'a', attributes: { title: 'a > b', href: '/s/?q=1&city=x' } },
      { name: 'style', attributes: {} },
    ]);
  });

  it('reads unquoted, upper-case and numeric-entity attributes; the first of a repeated one wins', () => {
    expect(scanTags('<A HREF=/a/ id=x ID=y title="&#x5C71;&#19996;">x</A>')).toEqual([
      { name: 'a', attributes: { href: '/a/', id: 'x', title: '山东' } },
    ]);
  });

  it('does not read tags inside <script> text', () => {
    const tags = scanTags('<script type="module">const s = "<a href=\'/no/\'>";</script><img src="/i.png">');
    expect(tags).toEqual([
      { name: 'script', attributes: { type: 'module' } },
      { name: 'img', attributes: { src: '/i.png' } },
    ]);
  });

  it('reads sitemap <url><loc> nesting, CDATA and encoded ampersands', () => {
    expect(
      xmlUrls(
        '<urlset><url>\n<loc>https://s.test/a/?p=1&amp;q=2</loc>\n' +
          '<xhtml:link rel="alternate" href="https://s.test/en/a/"/></url></urlset>' +
          '<rss><channel><link><![CDATA[https://s.test/rss/]]></link><description>not a url</description></channel></rss>',
      ),
    ).toEqual(['https://s.test/a/?p=1&q=2', 'https://s.test/rss/', 'https://s.test/en/a/']);
  });

  it('reads sitemap and RSS URLs', () => {
    expect(
      xmlUrls(
        '<loc>https://s.test/a/</loc><link>https://s.test/b/</link><atom:link href="https://s.test/r.xml"/>',
      ),
    ).toEqual(['https://s.test/a/', 'https://s.test/b/', 'https://s.test/r.xml']);
  });
});
