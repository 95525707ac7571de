import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewGate } from './preview-gate.ts';
import { signedPreviewPath } from './preview-link.ts';

const SECRET = 'preview-secret-0123456789';
const ARTICLE = { type: 'article', documentId: 'a1', locale: 'zh-Hans' } as const;
let now = new Date('2026-12-01T08:00:00Z');
let server: http.Server;
let base = '';

beforeAll(async () => {
  const gate = previewGate(SECRET, () => now);
  // Behind the gate, a server that tries to make its answers cacheable, as Vite does for modules.
  server = http.createServer((req, res) =>
    gate(req, res, () => {
      res.writeHead(200, { 'Cache-Control': 'max-age=31536000,immutable', 'Content-Type': 'text/plain' });
      res.end('draft page');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Fetches `path` and expects the gate's 401: nothing of the page, nothing cached, no cookie. */
async function expectRefused(path: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${base}${path}`, { headers });
  const text = await response.text();
  expect(response.status, path).toBe(401);
  expect(text).not.toContain('draft page');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('set-cookie')).toBeNull();
  return text;
}

describe('previewGate', () => {
  it('lets a signed link through, never cached or indexed, and its cookie lets the page’s files through', async () => {
    const page = await fetch(`${base}${signedPreviewPath(SECRET, ARTICLE, now, 600)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('draft page');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-robots-tag')).toMatch(/noindex/);
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/Max-Age=600; HttpOnly; SameSite=Strict; Path=\//);
    expect(cookie).not.toContain(SECRET);
    const script = await fetch(`${base}/src/scripts/search.ts`, {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a link that is unsigned, expired, tampered with or signed for another document or locale', async () => {
    const signed = signedPreviewPath(SECRET, ARTICLE, now, 600);
    expect(await expectRefused('/preview/article/a1/')).toMatch(/不完整/);
    expect(await expectRefused(signedPreviewPath(SECRET, ARTICLE, now, -1))).toMatch(/已过期/);
    const later = signedPreviewPath(SECRET, ARTICLE, now, 600);
    now = new Date(now.getTime() + 601_000);
    try {
      expect(await expectRefused(later)).toMatch(/已过期/);
    } finally {
      now = new Date(now.getTime() - 601_000);
    }
    const expires = Number(new URL(signed, base).searchParams.get('expires'));
    for (const tampered of [
      signed.replace(`expires=${expires}`, `expires=${expires + 3600}`),
      signed.replace('/a1/', '/a2/'),
      signed.replace('/article/', '/park/'),
      signed.replace('/a1/?', '/a1/en/?'),
      signedPreviewPath(`${SECRET}x`, ARTICLE, now, 600),
    ]) {
      expect(await expectRefused(tampered), tampered).toMatch(/无效/);
    }
  });

  it('refuses another document’s page and anything else without the cookie, or with a forged or expired one', async () => {
    const page = await fetch(`${base}${signedPreviewPath(SECRET, ARTICLE, now, 60)}`);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await expectRefused('/preview/article/other/', { cookie });
    await expectRefused('/@vite/client');
    await expectRefused('/@vite/client', { cookie: 'site_preview=forged' });
    const [, value = ''] = cookie.split('=');
    await expectRefused('/@vite/client', {
      cookie: `site_preview=${Number(value.split('.')[0]) + 3600}.${value.split('.')[1]}`,
    });
    now = new Date(now.getTime() + 61_000);
    try {
      await expectRefused('/@vite/client', { cookie });
    } finally {
      now = new Date(now.getTime() - 61_000);
    }
  });
});
