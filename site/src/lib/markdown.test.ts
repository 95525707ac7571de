import { describe, expect, it } from 'vitest';
import { buildWarnings } from './build-report.ts';
import { type MarkdownSource, renderMarkdown as render } from './markdown.ts';

const ORIGINS = ['https://select-shandong.test', 'http://127.0.0.1:1337', 'https://media.example.org'];
let documents = 0;

/** Renders as one fresh document, so each test reads only its own warnings. */
function renderAs(markdown: string): { html: string; source: MarkdownSource; warnings: string[] } {
  documents += 1;
  const source = { type: 'article', documentId: `doc-${documents}`, locale: 'zh-Hans', field: 'body' };
  const html = render(markdown, source, ORIGINS);
  const warnings = buildWarnings()
    .filter((w) => w.documentId === source.documentId)
    .map((w) => w.message);
  return { html, source, warnings };
}

const renderMarkdown = (markdown: string) => renderAs(markdown).html;

describe('renderMarkdown keeps what editors write', () => {
  it('renders headings, lists, emphasis, code, quotes, rules and tables', () => {
    const html = renderMarkdown(
      [
        '## 投资环境',
        '',
        '- **交通** 便利',
        '- *港口* 发达',
        '',
        '1. 第一',
        '',
        '> 引用',
        '',
        '`code`',
        '',
        '```',
        'pre',
        '```',
        '',
        '---',
        '',
        '| 城市 | GDP |',
        '| --- | --- |',
        '| 济南 | 1.2 |',
      ].join('\n'),
    );
    for (const tag of [
      '<h2>',
      '<ul>',
      '<ol>',
      '<li>',
      '<strong>',
      '<em>',
      '<blockquote>',
      '<code>',
      '<pre>',
      '<hr />',
      '<table>',
      '<th>',
      '<td>',
    ]) {
      expect(html).toContain(tag);
    }
  });

  it('keeps http, https, mailto, tel and relative links with title', () => {
    const html = renderMarkdown(
      '[a](https://example.org "t") [b](http://example.org) [c](mailto:x@example.org) [d](tel:+8653100000) [e](/cities/jinan/)',
    );
    expect(html).toContain('<a href="https://example.org" title="t">a</a>');
    expect(html).toContain('<a href="http://example.org">b</a>');
    expect(html).toContain('<a href="mailto:x@example.org">c</a>');
    expect(html).toContain('<a href="tel:+8653100000">d</a>');
    expect(html).toContain('<a href="/cities/jinan/">e</a>');
  });

  it('keeps images with src, alt, title, width and height', () => {
    const html = renderMarkdown(
      '![港口](https://media.example.org/port.jpg "青岛港") <img src="/uploads/a.png" alt="a" width="10" height="20">',
    );
    expect(html).toContain('<img src="https://media.example.org/port.jpg" alt="港口" title="青岛港" />');
    expect(html).toContain('<img src="/uploads/a.png" alt="a" width="10" height="20" />');
  });
});

describe('renderMarkdown removes what is unsafe', () => {
  it('removes <script> with its content', () => {
    const html = renderMarkdown('before\n\n<script>alert(1)</script>\n\nafter');
    expect(html).not.toMatch(/script|alert/);
    expect(html).toContain('after');
  });

  it('removes on* event handlers', () => {
    const html = renderMarkdown('<p onclick="alert(1)">x</p> <img src="/a.png" onerror="alert(2)">');
    expect(html).not.toMatch(/onclick|onerror|alert/);
    expect(html).toContain('<img src="/a.png" />');
  });

  it('removes javascript: URLs from links and images', () => {
    const html = renderMarkdown(
      '[x](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">y</a> <img src="javascript:alert(3)">',
    );
    expect(html).not.toMatch(/javascript|alert/i);
    expect(html).toContain('<a>x</a>');
  });

  it('removes data: and protocol-relative image sources', () => {
    const html = renderMarkdown(
      '<img src="data:image/svg+xml;base64,PHN2Zz4="> <img src="//evil.example/x.png">',
    );
    expect(html).not.toMatch(/data:|evil/);
  });

  it('removes <iframe> with its content', () => {
    const html = renderMarkdown('<iframe src="https://evil.example">fallback</iframe>\n\ntext');
    expect(html).not.toMatch(/iframe|evil|fallback/);
  });

  it('removes <style> with its content', () => {
    const html = renderMarkdown('<style>body{display:none}</style>\n\ntext');
    expect(html).not.toMatch(/style|display/);
    expect(html).toContain('<p>text</p>');
  });

  it('removes style and class attributes and unknown tags but keeps their text', () => {
    const html = renderMarkdown('<div class="x" style="color:red"><span>keep</span></div>');
    expect(html).not.toMatch(/class|style|div|span/);
    expect(html).toContain('keep');
  });
});

describe('renderMarkdown reports what it removes, naming the document and field', () => {
  // [what, markdown, text that must be gone from the HTML, what the warning must say]
  const removed: [string, string, RegExp, RegExp][] = [
    [
      '<script> with content',
      '<script>alert(1)</script>',
      /script|alert/,
      /<script> element and its content/,
    ],
    ['<style> with content', '<style>p{}</style>', /style/, /<style> element and its content/],
    [
      '<iframe> with content',
      '<iframe src="https://evil.example">x</iframe>',
      /iframe|evil/,
      /<iframe> element and its content/,
    ],
    ['<object>', '<object data="x.swf"></object>', /object|swf/, /<object> element and its content/],
    ['<embed>', '<embed src="x.swf">', /embed|swf/, /<embed> element/],
    ['<noscript>', '<noscript>x</noscript>', /noscript/, /<noscript> element/],
    ['<textarea>', '<textarea>x</textarea>', /textarea/, /<textarea> element/],
    [
      '<form>',
      '<form action="https://evil.example"><p>t</p></form>',
      /form|evil/,
      /<form> tag \(its text kept\)/,
    ],
    ['<div>/<span>', '<div><span>keep</span></div>', /div|span/, /<div> tag \(its text kept\)/],
    ['<svg>', '<svg onload="alert(1)"></svg>', /svg|alert/, /<svg> tag/],
    [
      'onerror on <img>',
      '<img src="/a.png" onerror="alert(2)">',
      /onerror|alert/,
      /attribute onerror="alert\(2\)" from <img>/,
    ],
    ['onclick on <p>', '<p onclick="alert(1)">x</p>', /onclick/, /attribute onclick="alert\(1\)" from <p>/],
    ['style attribute', '<p style="color:red">x</p>', /color/, /attribute style="color:red" from <p>/],
    ['class attribute', '<p class="x">x</p>', /class/, /attribute class="x" from <p>/],
    [
      'srcset on <img>',
      '<img src="/a.png" srcset="https://t.example/p.gif 1x">',
      /srcset|t\.example/,
      /attribute srcset=/,
    ],
    [
      'javascript: link',
      '[x](javascript:alert(1))',
      /javascript/,
      /link "javascript:alert\(1\)" from <a> \(scheme javascript: not allowed\)/,
    ],
    [
      'mixed-case javascript: link',
      '<a href="JaVaScRiPt:alert(2)">y</a>',
      /javascript/i,
      /scheme javascript: not allowed/,
    ],
    [
      'tab-split javascript: link',
      '<a href="java\tscript:alert(3)">y</a>',
      /script/,
      /scheme javascript: not allowed/,
    ],
    [
      'entity-encoded javascript: link',
      '<a href="&#106;avascript:alert(4)">y</a>',
      /avascript/,
      /scheme javascript: not allowed/,
    ],
    ['vbscript: link', '<a href="vbscript:msgbox">y</a>', /vbscript/, /scheme vbscript: not allowed/],
    ['data: link', '<a href="data:text/html,x">y</a>', /data:/, /scheme data: not allowed/],
    ['protocol-relative link', '<a href="//evil.example/">y</a>', /evil/, /protocol-relative URL/],
    [
      'javascript: image',
      '<img src="javascript:alert(3)">',
      /<img|javascript/,
      /image "javascript:alert\(3\)" \(scheme javascript: not allowed\)/,
    ],
    [
      'data: image',
      '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
      /<img|data:/,
      /scheme data: not allowed/,
    ],
    ['protocol-relative image', '<img src="//evil.example/x.png">', /<img|evil/, /protocol-relative URL/],
    [
      'backslash protocol-relative image',
      '<img src="/\\evil.example/x.png">',
      /<img|evil/,
      /protocol-relative URL/,
    ],
    [
      'off-host markdown image',
      '![px](https://tracker.example/p.gif)',
      /<img|tracker/,
      /image "https:\/\/tracker\.example\/p\.gif" \(host tracker\.example is not an allowed media origin\)/,
    ],
    [
      'off-host <img>',
      '<img src="http://ads.example:8080/p.gif" alt="">',
      /<img|ads/,
      /host ads\.example:8080 is not an allowed media origin/,
    ],
    [
      'allowed host on another port',
      '<img src="http://127.0.0.1:9999/uploads/a.png">',
      /<img|9999/,
      /host 127\.0\.0\.1:9999 is not/,
    ],
    [
      'allowed host over the other scheme',
      '<img src="http://media.example.org/a.png">',
      /<img/,
      /host media\.example\.org is not/,
    ],
    ['<img> without src', '<img alt="x">', /<img/, /image without src/],
  ];

  it.each(removed)('%s: removed and reported', (_what, markdown, gone, message) => {
    const { html, warnings } = renderAs(`before\n\n${markdown}\n\nafter`);
    expect(html).not.toMatch(gone);
    expect(html).toContain('after');
    expect(warnings).toContainEqual(expect.stringMatching(message));
    for (const warning of warnings) expect(warning).toMatch(/^unsafe HTML removed: /);
  });

  it('names type, documentId, locale and field in the warning', () => {
    const { source } = renderAs('<script>x</script>');
    expect(buildWarnings().filter((w) => w.documentId === source.documentId)).toEqual([
      { ...source, message: 'unsafe HTML removed: <script> element and its content' },
    ]);
  });

  it('reports nothing inside a removed element twice', () => {
    expect(
      renderAs('<iframe><img src="https://t.example/p.gif" onerror="x"></iframe>').warnings,
    ).toHaveLength(1);
  });

  // [what, markdown, the <img> that must stay]
  const kept: [string, string, string][] = [
    ['root-relative upload', '![a](/uploads/a.png)', '<img src="/uploads/a.png" alt="a" />'],
    ['path-relative', '![a](images/a.png)', '<img src="images/a.png" alt="a" />'],
    [
      'the site origin',
      '![a](https://select-shandong.test/a.png)',
      '<img src="https://select-shandong.test/a.png" alt="a" />',
    ],
    [
      'the CMS origin',
      '![a](http://127.0.0.1:1337/uploads/a.png)',
      '<img src="http://127.0.0.1:1337/uploads/a.png" alt="a" />',
    ],
    [
      'a media origin (S3/CDN)',
      '![a](https://media.example.org/x/a.png)',
      '<img src="https://media.example.org/x/a.png" alt="a" />',
    ],
  ];

  it.each(kept)('%s image: kept, nothing reported', (_what, markdown, img) => {
    const { html, warnings } = renderAs(markdown);
    expect(html).toContain(img);
    expect(warnings).toEqual([]);
  });

  it('reports nothing for ordinary markdown, links included', () => {
    const { warnings } = renderAs(
      '## t\n\n- **a** [b](https://example.org) [c](mailto:x@example.org)\n\n| a |\n| :-- |\n| b |',
    );
    expect(warnings).toEqual([]);
  });
});
