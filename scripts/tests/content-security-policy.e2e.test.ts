// The Content-Security-Policy of the shared build: on every page, first in <head>; and a control
// showing the violation recorder works: the same search page under a policy without
// 'wasm-unsafe-eval' finds nothing and reports the violation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../src/site-checks/site-files.ts';
import { type BrowserSession, openSession } from './support/browser-session.ts';
import { builtSite } from './support/built-site.ts';

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/;
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('Content-Security-Policy', () => {
  it('every page carries the same policy, right after <meta charset>, with no unsafe-inline', () => {
    const { outDir } = builtSite();
    const pages = listFiles(outDir, '.html').filter((file) => !file.startsWith('pagefind/'));
    const policies = new Set<string>();
    const missing: string[] = [];
    for (const file of pages) {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      const match = html.match(/<head><meta charset="utf-8">(<meta [^>]*>)/);
      const policy = match?.[1]?.match(META)?.[1];
      if (policy) policies.add(policy);
      else missing.push(file);
    }
    expect(missing).toEqual([]);
    expect(policies.size).toBe(1);
    const [policy = ''] = policies;
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(policy).not.toContain('unsafe-inline');
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

  it('control: without wasm-unsafe-eval, search finds nothing and the violation is recorded', async () => {
    const { outDir } = builtSite();
    // A copy of the build whose search page forbids WebAssembly; the rest is shared by symlink.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-control-'));
    cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }));
    for (const entry of fs.readdirSync(outDir)) {
      if (entry !== 'search') fs.symlinkSync(path.join(outDir, entry), path.join(root, entry));
    }
    fs.mkdirSync(path.join(root, 'search'));
    const searchPage = fs.readFileSync(path.join(outDir, 'search', 'index.html'), 'utf8');
    expect(searchPage).toContain(" 'wasm-unsafe-eval'");
    fs.writeFileSync(path.join(root, 'search', 'index.html'), searchPage.replace(" 'wasm-unsafe-eval'", ''));

    const session: BrowserSession = await openSession(root);
    cleanups.push(() => session.close());
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/search/?q=${encodeURIComponent('济南')}`);
    await expect
      .poll(() => session.cspViolations.join('\n'), { timeout: 15_000 })
      .toMatch(/script-src blocked wasm-eval|WebAssembly/);
    expect(await page.locator('[data-search-results] a[data-search-result]').count()).toBe(0);
  });
});
