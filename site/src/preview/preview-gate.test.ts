import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewGate, sameSecret } from './preview-gate.ts';

const SECRET = 'preview-secret-0123456789';
let server: http.Server;
let base = '';

beforeAll(async () => {
  const gate = previewGate(SECRET);
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

describe('previewGate', () => {
  it('refuses a request without the secret, with a wrong one, or with a wrong cookie', async () => {
    for (const [path, headers] of [
      ['/preview/article/a/', {}],
      ['/preview/article/a/?secret=wrong', {}],
      [`/preview/article/a/?secret=${SECRET}x`, {}],
      ['/@vite/client', { cookie: 'site_preview=forged' }],
    ] as const) {
      const response = await fetch(`${base}${path}`, { headers });
      expect(response.status, path).toBe(401);
      expect(await response.text()).not.toContain('draft page');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('lets the secret through, never cached or indexed, and the cookie it sets lets the page’s files through', async () => {
    const page = await fetch(`${base}/preview/article/a/?secret=${encodeURIComponent(SECRET)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('draft page');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-robots-tag')).toMatch(/noindex/);
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
    expect(cookie).not.toContain(SECRET);
    const script = await fetch(`${base}/src/scripts/search.ts`, {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('no-store');
  });
});

describe('sameSecret', () => {
  it('tells equal from different secrets of any length', () => {
    expect(sameSecret(SECRET, SECRET)).toBe(true);
    expect(sameSecret(SECRET.slice(0, -1), SECRET)).toBe(false);
    expect(sameSecret('', SECRET)).toBe(false);
  });
});
