import { describe, expect, it } from 'vitest';
import { withPreviewBanner } from './preview-banner.ts';

describe('withPreviewBanner', () => {
  it('puts the public URL, as a link and a QR code, first in the body', async () => {
    const url = 'https://invest.example/en/articles/a&b/';
    const html = await withPreviewBanner(
      '<!doctype html><html><head></head><body class="x"><main>page</main></body></html>',
      url,
    );
    expect(html).toMatch(/<body class="x"><div data-preview-banner[\s\S]*<\/div><main>page<\/main>/);
    expect(html).toContain(`href="https://invest.example/en/articles/a&#38;b/"`);
    expect(html).toMatch(/<svg role="img" aria-label="发布后页面地址的二维码"/);
  });

  it('leaves an answer without a body alone', async () => {
    expect(await withPreviewBanner('not html', 'https://invest.example/')).toBe('not html');
  });
});
