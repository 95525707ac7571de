// The Content-Security-Policy of the shared build: on every page, first in <head>, no inline script;
// and served as a header the way docs/operations.md's nginx example does (every response, so also
// Pagefind's worker), search works with no violation, while the same policy without
// 'wasm-unsafe-eval' breaks search and the violation is recorded — the control that shows the
// recorder every e2e file relies on (support/csp-violations.ts) does see violations.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../operations/site-checks/site-files.ts';
import { type BrowserSession, openSession } from '../test-harness/support/browser-session.ts';
import { builtSite } from '../test-harness/support/built-site.ts';

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/;

let session: BrowserSession;

beforeAll(async () => {
  session = await openSession(builtSite().outDir);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

/** The policy every page carries (the first test checks there is exactly one). */
function shippedPolicy(): string {
  const html = fs.readFileSync(path.join(builtSite().outDir, 'index.html'), 'utf8');
  const policy = html.match(META)?.[1];
  if (!policy) throw new Error('index.html has no Content-Security-Policy meta');
  return policy;
}

/** Searches with `policy` sent as a response header on every response; returns the result count. */
async function searchUnderHeader(policy: string): Promise<number> {
  const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.route(
      (url) => url.origin === session.server.url,
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': policy },
        });
      },
    );
    const page = await context.newPage();
    await page.goto(`${session.server.url}/search/?q=${encodeURIComponent('济南')}`);
    const results = page.locator('[data-search-results] a[data-search-result]');
    // Under the too strict policy no result ever shows: give up after a while and count none.
    await results
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    return await results.count();
  } finally {
    await context.close();
  }
}

describe('Content-Security-Policy', () => {
  it('every page carries the same policy, right after <meta charset>, with no unsafe-inline', () => {
    const { outDir } = builtSite();
    const pages = listFiles(outDir, '.html').filter((file) => !file.startsWith('pagefind/'));
    const policies = new Set<string>();
    const missing: string[] = [];
    for (const file of pages) {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      const first = html.match(/<head><meta charset="utf-8">(<meta [^>]*>)/)?.[1];
      const policy = first?.match(META)?.[1];
      if (policy) policies.add(policy);
      else missing.push(file);
    }
    expect(missing).toEqual([]);
    expect([...policies]).toEqual([shippedPolicy()]);
    expect(shippedPolicy()).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(shippedPolicy()).not.toContain('unsafe-inline');
  });

  it('no page has an executable inline script (only JSON data blocks)', () => {
    const { outDir } = builtSite();
    const inline: string[] = [];
    for (const file of listFiles(outDir, '.html')) {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attributes = match[1] ?? '';
        if (/type="application\/(ld\+)?json"/.test(attributes) || /\bsrc=/.test(attributes)) continue;
        if ((match[2] ?? '').trim()) inline.push(`${file}: <script${attributes}>`);
      }
    }
    expect(inline).toEqual([]);
  });

  it('as the nginx header (plus frame-ancestors), search finds results with no violation', async () => {
    expect(await searchUnderHeader(`${shippedPolicy()}; frame-ancestors 'none'`)).toBeGreaterThan(0);
    expect(session.cspViolations.splice(0)).toEqual([]);
  });

  it('control: without wasm-unsafe-eval, search finds nothing and the violation is recorded', async () => {
    const tooStrict = shippedPolicy().replace(" 'wasm-unsafe-eval'", '');
    expect(tooStrict).not.toContain('wasm');
    expect(await searchUnderHeader(tooStrict)).toBe(0);
    expect(session.cspViolations.splice(0).join('\n')).toMatch(/WebAssembly[\s\S]*Content Security Policy/i);
  });
});
