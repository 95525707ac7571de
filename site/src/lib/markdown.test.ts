import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

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
      '![港口](https://cdn.example.org/port.jpg "青岛港") <img src="/uploads/a.png" alt="a" width="10" height="20">',
    );
    expect(html).toContain('<img src="https://cdn.example.org/port.jpg" alt="港口" title="青岛港" />');
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
