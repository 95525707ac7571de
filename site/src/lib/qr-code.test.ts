import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from './qr-code.ts';

describe('qrCodeSvg', () => {
  it('renders an SVG image with an accessible name', async () => {
    const svg = await qrCodeSvg('https://example.org/articles/a/', 'QR code of "this" page');
    expect(svg.startsWith('<svg role="img" aria-label="QR code of &quot;this&quot; page"')).toBe(true);
    expect(svg).toContain('viewBox=');
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<script');
  });

  it('is deterministic and depends on the URL', async () => {
    const a = await qrCodeSvg('https://example.org/articles/a/', 'x');
    expect(await qrCodeSvg('https://example.org/articles/a/', 'x')).toBe(a);
    expect(await qrCodeSvg('https://example.org/articles/b/', 'x')).not.toBe(a);
  });

  it('refuses a relative URL, which a phone could not open', async () => {
    await expect(qrCodeSvg('/articles/a/', 'x')).rejects.toThrow(/absolute URL/);
  });
});
