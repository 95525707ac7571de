// Hostile editor content through the real pipeline parts: an article published in a throw-away
// seeded Strapi of its own (the shared one stays as seeded) whose title holds U+0001 and U+FFFF and whose body holds a script, an event handler, a
// javascript: link and a tracking pixel. The site built from it has a feed and sitemap that parse,
// an article page without any of it, and a build report naming the article, locale and field.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FEED_COLUMNS, feedPath } from '@select-shandong/site/seo/feeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../operations/site-build/build-site.ts';
import { checkWellFormed, formatMalformed } from '../operations/site-checks/well-formed.ts';
import { TEST_SITE_URL } from '../test-harness/setup/provided-context.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const CM = '/content-manager/collection-types/api::article.article';
const SLUG = 'hostile-content-e2e';
const TITLE = '控制字符\u0001测试\uFFFF标题';
const BODY = [
  '正文第一段。',
  '',
  '<script>alert(1)</script>',
  '',
  // Not a CMS upload (those are copied into the build and must exist): a path on the site itself.
  '<img src="/images/ok.png" alt="ok" onerror="alert(2)">',
  '',
  '[点我](javascript:alert(3))',
  '',
  '![pixel](https://tracker.example/p.gif)',
].join('\n');
const column = FEED_COLUMNS[0];

let outDir = '';
let reportFile = '';
let documentId = '';
let adminJwt = '';
let strapiUrl = '';
let instance: ThrowawayStrapi | undefined;
let stopStrapi: (() => Promise<void>) | undefined;

async function admin(
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${strapiUrl}${url}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  if (!column) throw new Error('no column with a feed');
  instance = throwawayStrapi({ SITE_URL: TEST_SITE_URL });
  const running = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  stopStrapi = running.stop;
  strapiUrl = running.url;
  const { url, token } = running;
  adminJwt = await registerFirstAdmin(url, 'hostile@example.com');
  const created = await admin('POST', `${CM}/actions/publish?locale=zh-Hans`, {
    title: TITLE,
    slug: SLUG,
    summary: '摘要\u0002',
    body: BODY,
    column,
    // The newest article (feeds list the latest), but not ahead of now: that would be refused.
    releasedAt: new Date(Date.now() - 60_000).toISOString(),
    source: '测试',
    editor: '测试\u0008编辑',
  });
  expect(created.status, JSON.stringify(created.json)).toBeLessThan(300);
  documentId = String((created.json as { data: { documentId: string } }).data.documentId);
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-site-'));
  reportFile = path.join(outDir, '..', `${path.basename(outDir)}-report.json`);
  process.env.SITE_BUILD_REPORT = reportFile;
  try {
    await buildSite({ strapiUrl: url, token, outDir, siteUrl: TEST_SITE_URL, onLog: () => undefined });
  } finally {
    delete process.env.SITE_BUILD_REPORT;
  }
}, 600_000);

afterAll(async () => {
  await stopStrapi?.();
  instance?.remove();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  if (reportFile) fs.rmSync(reportFile, { force: true });
});

describe('hostile content, built', () => {
  it('the feed holding the article and the sitemap parse as XML 1.0 (like every JSON-LD block)', () => {
    const feed = fs.readFileSync(path.join(outDir, `${feedPath('zh', column ?? 'news_brief')}`), 'utf8');
    expect(feed).toContain('<title>控制字符测试标题</title>');
    expect(feed).toContain('<dc:creator>测试编辑</dc:creator>');
    const result = checkWellFormed(outDir);
    expect(result.xmlFiles).toBeGreaterThan(2);
    expect(formatMalformed(result.malformed, 20)).toBe('');
  });

  it('the article page keeps the text and the upload, and none of the unsafe HTML', () => {
    const html = fs.readFileSync(path.join(outDir, 'articles', SLUG, 'index.html'), 'utf8');
    const body = html.slice(html.indexOf('<div class="markdown">'));
    expect(body).toContain('正文第一段。');
    expect(body).toContain('<img src="/images/ok.png" alt="ok" />');
    expect(body).not.toMatch(/alert|tracker\.example|onerror|javascript:/);
  });

  it('the build report names the article, its locale and field for each removal', () => {
    const { warnings } = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {
      warnings: { type: string; documentId: string; locale: string; field: string; message: string }[];
    };
    const mine = warnings.filter((w) => w.documentId === documentId);
    expect(mine.map(({ type, locale, field }) => `${type} ${locale} ${field}`)).toEqual(
      Array(mine.length).fill('article zh-Hans body'),
    );
    expect(mine.map((w) => w.message).sort()).toEqual(
      [
        'unsafe HTML removed: <script> element and its content',
        'unsafe HTML removed: attribute onerror="alert(2)" from <img>',
        'unsafe HTML removed: link "javascript:alert(3)" from <a> (scheme javascript: not allowed)',
        'unsafe HTML removed: image "https://tracker.example/p.gif" (host tracker.example is not an allowed media origin)',
      ].sort(),
    );
  });
});
