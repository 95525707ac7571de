// The admin's "Open preview" of a draft, end to end: a real seeded Strapi with PREVIEW_URL and
// PREVIEW_SECRET, the real preview server (astro dev with the draft route), drafts saved through
// the content manager's API as the admin saves them, and the URL the admin opens (its
// /content-manager/preview/url answer) fetched over HTTP.
import { randomBytes } from 'node:crypto';
import { signedPreviewPath } from '@select-shandong/site/preview/preview-link';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../common/browser.ts';
import { freePort } from '../common/net.ts';
import { type RunningPreviewServer, startPreviewServer } from '../operations/preview/preview-server.ts';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import {
  type AdminCall,
  adminClient,
  collectionPath,
  describeAnswer,
  entryOf,
  singlePath,
} from '../test-harness/support/content-manager.ts';
import { recordCspViolations } from '../test-harness/support/csp-violations.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const ARTICLE = 'api::article.article';
const SECRET = randomBytes(24).toString('base64url');
const MARKER = `预览草稿${Date.now()}`;

let cms: ThrowawayStrapi;
let strapi: RunningStrapi;
let preview: RunningPreviewServer;
let admin: AdminCall;
let draftId = '';
let draftSlug = '';
const previewLog: string[] = [];

/** The URL the admin's preview panel opens for one entry (the admin asks this endpoint). */
async function adminPreviewUrl(uid: string, documentId: string, locale: string): Promise<string> {
  const answer = await admin(
    'GET',
    `/content-manager/preview/url/${uid}?documentId=${documentId}&locale=${locale}&status=draft`,
  );
  const url = (answer.body.data as { url?: string } | undefined)?.url;
  if (answer.status !== 200 || !url) throw new Error(`no preview URL: ${describeAnswer(answer)}`);
  return url;
}

/** Text of the elements matching `tag` in an HTML page. */
function textsOf(html: string, tag: string): string[] {
  const texts: string[] = [];
  const walk = (node: { name?: string; children?: unknown[]; data?: string }, inside: boolean): string => {
    const here = inside || node.name === tag;
    const text = node.data ?? (node.children ?? []).map((child) => walk(child as typeof node, here)).join('');
    if (node.name === tag) texts.push(text.trim());
    return text;
  };
  walk(parseDocument(html) as unknown as { children: unknown[] }, false);
  return texts;
}

/** An element of a parsed page. */
type Element = ReturnType<typeof DomUtils.findAll>[number];

/** The elements of an HTML page that `match` picks. */
function elementsOf(html: string, match: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(match, parseDocument(html).children);
}

beforeAll(async () => {
  const previewPort = await freePort();
  cms = throwawayStrapi();
  strapi = await cms.start({
    SEED_DEMO_CONTENT: 'true',
    PREVIEW_URL: `http://127.0.0.1:${previewPort}`,
    PREVIEW_SECRET: SECRET,
  });
  admin = adminClient(strapi.url, await registerFirstAdmin(strapi.url, 'preview@example.com'));
  const starting = Date.now();
  preview = await startPreviewServer({
    strapiUrl: strapi.url,
    token: strapi.token,
    previewSecret: SECRET,
    port: previewPort,
    onLog: (line) => previewLog.push(line),
  });
  console.log(
    `[draft-preview] preview server ready (content loaded, pages compiled) in ${Date.now() - starting} ms`,
  );
  draftSlug = `draft-preview-${Date.now()}`;
  const created = await admin('POST', `${collectionPath(ARTICLE)}?locale=zh-Hans`, {
    title: `草稿标题 ${MARKER}`,
    slug: draftSlug,
    summary: '一篇尚未发布的草稿。',
    body: `## 草稿小节\n\n正文第一段 ${MARKER}。`,
    column: 'investment_news',
    releasedAt: '2026-03-01T08:00:00.000Z',
    source: '山东省商务厅',
    editor: '预览测试',
  });
  expect(created.status, describeAnswer(created)).toBe(201);
  draftId = String(entryOf(created).documentId);
}, 900_000);

afterAll(async () => {
  await preview?.stop();
  await strapi?.stop();
  cms?.remove();
});

describe('draft preview', () => {
  it('shows a never-published draft as its article page, in the site layout', async () => {
    const url = await adminPreviewUrl(ARTICLE, draftId, 'zh-Hans');
    expect(url.startsWith(`${preview.url}/preview/article/${draftId}/`)).toBe(true);
    const started = Date.now();
    const response = await fetch(url);
    const html = await response.text();
    console.log(`[draft-preview] a new draft shown in ${Date.now() - started} ms (warmed-up server)`);
    expect(response.status, `${html.slice(0, 2000)}\n${previewLog.slice(-30).join('\n')}`).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(textsOf(html, 'h1')).toEqual([`草稿标题 ${MARKER}`]);
    // The body went through the site's markdown rendering, not shown as source.
    expect(textsOf(html, 'h2')).toContain('草稿小节');
    expect(textsOf(html, 'p').some((text) => text.includes(`正文第一段 ${MARKER}`))).toBe(true);
    // The site's layout around it: the header's navigation and the footer.
    expect(textsOf(html, 'header').join('')).toContain('城市要览');
    expect(textsOf(html, 'footer').length).toBeGreaterThan(0);
    expect(html).toMatch(/<html[^>]*lang="zh-Hans"/);

    const again = Date.now();
    await (await fetch(url)).text();
    console.log(`[draft-preview] the same draft again in ${Date.now() - again} ms`);
  });

  it('looks like the site in Chromium: its stylesheets and scripts load, nothing is blocked', async () => {
    const url = await adminPreviewUrl(ARTICLE, draftId, 'zh-Hans');
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const violations: string[] = [];
      await recordCspViolations(context, violations);
      const failed: string[] = [];
      const page = await context.newPage();
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      expect(await page.locator('h1').textContent()).toBe(`草稿标题 ${MARKER}`);
      // Tailwind's classes took effect: the site's stylesheet is applied, not just the markup.
      const weight = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontWeight);
      expect(weight).toBe('700');
      expect(violations).toEqual([]);
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('shows a saved, unpublished edit of a published article in English', async () => {
    const listed = await admin('GET', `${collectionPath(ARTICLE)}?locale=en&pageSize=1&sort=id:asc`);
    const [published] = (listed.body.results ?? []) as Array<{ documentId: string; title: string }>;
    if (!published) throw new Error(`no English article: ${describeAnswer(listed)}`);
    const saved = await admin('PUT', `${collectionPath(ARTICLE, published.documentId)}?locale=en`, {
      title: `Edited draft ${MARKER}`,
    });
    expect(saved.status, describeAnswer(saved)).toBe(200);
    const url = await adminPreviewUrl(ARTICLE, published.documentId, 'en');
    expect(url).toContain(`/preview/article/${published.documentId}/en/`);
    const html = await (await fetch(url)).text();
    expect(textsOf(html, 'h1')).toEqual([`Edited draft ${MARKER}`]);
    expect(html).toMatch(/<html[^>]*lang="en"/);

    // The public content API still serves the published title only.
    const api = await fetch(
      `${strapi.url}/api/articles?locale=en&status=draft&filters[documentId][$eq]=${published.documentId}`,
    );
    const body = (await api.json()) as { data: Array<{ title: string }> };
    expect(body.data.map((article) => article.title)).toEqual([published.title]);
  });

  // The field each page shows as its heading.
  const HEADINGS = [
    ['api::city.city', 'name'],
    ['api::contact.contact', 'organization'],
    ['api::industry.industry', 'name'],
    ['api::park.park', 'name'],
    ['api::project.project', 'name'],
    ['api::job.job', 'position'],
    ['api::event.event', 'title'],
  ] as const;
  const CASES = HEADINGS.flatMap(([uid, field]) =>
    ['zh-Hans', 'en'].map((locale) => ({ uid, field, locale })),
  );

  it.each(CASES)('shows a saved draft of $uid in $locale as its page', async ({ uid, field, locale }) => {
    const listed = await admin('GET', `${collectionPath(uid)}?locale=${locale}&pageSize=1&sort=id:asc`);
    const [entry] = (listed.body.results ?? []) as Array<{ documentId: string }>;
    if (!entry) throw new Error(`no ${uid} in ${locale}: ${describeAnswer(listed)}`);
    const heading = `${locale === 'en' ? 'Draft' : '草稿'} ${MARKER}`;
    const saved = await admin('PUT', `${collectionPath(uid, entry.documentId)}?locale=${locale}`, {
      [field]: heading,
    });
    expect(saved.status, describeAnswer(saved)).toBe(200);
    const response = await fetch(await adminPreviewUrl(uid, entry.documentId, locale));
    const html = await response.text();
    expect(response.status, `${html.slice(0, 1500)}\n${previewLog.slice(-20).join('\n')}`).toBe(200);
    expect(textsOf(html, 'h1')).toEqual([heading]);
    expect(html).toMatch(new RegExp(`<html[^>]*lang="${locale}"`));
  });

  it('opens only a signed, unexpired link for that very document and locale', async () => {
    const url = new URL(await adminPreviewUrl(ARTICLE, draftId, 'zh-Hans'));
    expect(url.href).not.toContain(SECRET);
    const target = { type: 'article', documentId: draftId, locale: 'zh-Hans' } as const;
    const unsigned = new URL(url.pathname, url);
    const tampered = new URL(url);
    tampered.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    const otherDocument = new URL(url.href.replace(`/${draftId}/`, `/${draftId}x/`));
    const otherLocale = new URL(url.href.replace(`/${draftId}/`, `/${draftId}/en/`));
    const expired = new URL(signedPreviewPath(SECRET, target, new Date(), -1), url);
    const wrongKey = new URL(signedPreviewPath(`${SECRET}x`, target, new Date(), 600), url);
    const cases = [unsigned, tampered, otherDocument, otherLocale, expired, wrongKey];
    for (const candidate of [...cases, new URL('/', url), new URL('/@vite/client', url)]) {
      const response = await fetch(candidate);
      const text = await response.text();
      expect(response.status, candidate.href).toBe(401);
      expect(text).not.toContain(MARKER);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(await (await fetch(expired)).text()).toMatch(/已过期/);
    // The cookie a good link sets opens the page's files, not another document's page.
    const good = await fetch(url);
    await good.text();
    const cookie = (good.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await fetch(otherDocument, { headers: { cookie } })).status).toBe(401);
    expect((await fetch(new URL('/@vite/client', url), { headers: { cookie } })).status).toBe(200);
  });

  it('shows where the draft’s page will live, in a banner of the preview only', async () => {
    const html = await (await fetch(await adminPreviewUrl(ARTICLE, draftId, 'zh-Hans'))).text();
    const banner = elementsOf(html, (element) => element.attribs['data-preview-banner'] !== undefined);
    expect(banner).toHaveLength(1);
    const link = elementsOf(html, (element) => element.name === 'a').find((a) =>
      DomUtils.textContent(a).includes(`/articles/${draftSlug}/`),
    );
    expect(new URL(link?.attribs.href ?? 'http://missing.invalid').pathname).toBe(`/articles/${draftSlug}/`);
    expect(html).toMatch(/<svg role="img" aria-label="发布后页面地址的二维码"/);
  });

  it('shows a draft of the site settings on the home page and in the header and footer', async () => {
    const uid = 'api::site-setting.site-setting';
    const current = await admin('GET', `${singlePath(uid)}?locale=zh-Hans`);
    const published = entryOf(current);
    const saved = await admin('PUT', `${singlePath(uid)}?locale=zh-Hans`, {
      siteName: `草稿站名 ${MARKER}`,
      footerText: `草稿页脚 ${MARKER}`,
    });
    expect(saved.status, describeAnswer(saved)).toBe(200);
    const url = await adminPreviewUrl(uid, String(published.documentId), 'zh-Hans');
    expect(new URL(url).pathname).toBe(`/preview/site-setting/${published.documentId}/`);
    const response = await fetch(url);
    const html = await response.text();
    expect(response.status, `${html.slice(0, 1500)}\n${previewLog.slice(-20).join('\n')}`).toBe(200);
    expect(textsOf(html, 'h1')).toEqual([`草稿站名 ${MARKER}`]);
    expect(textsOf(html, 'header').join('')).toContain(`草稿站名 ${MARKER}`);
    expect(textsOf(html, 'footer').join('')).toContain(`草稿页脚 ${MARKER}`);
    // The home page's own content around it: the published headlines.
    expect(textsOf(html, 'h3').length).toBeGreaterThan(0);
    // Another draft's page afterwards shows the published settings again.
    const article = await (await fetch(await adminPreviewUrl(ARTICLE, draftId, 'zh-Hans'))).text();
    expect(textsOf(article, 'header').join('')).not.toContain(MARKER);
    expect(textsOf(article, 'header').join('')).toContain(String(published.siteName));
  });

  it('shows a draft of the advantages page as /advantages/, its items in the footer too', async () => {
    const uid = 'api::advantages-page.advantages-page';
    const current = entryOf(await admin('GET', `${singlePath(uid)}?locale=en`));
    const saved = await admin('PUT', `${singlePath(uid)}?locale=en`, { title: `Draft advantages ${MARKER}` });
    expect(saved.status, describeAnswer(saved)).toBe(200);
    const url = await adminPreviewUrl(uid, String(current.documentId), 'en');
    const response = await fetch(url);
    const html = await response.text();
    expect(response.status, `${html.slice(0, 1500)}\n${previewLog.slice(-20).join('\n')}`).toBe(200);
    expect(textsOf(html, 'h1')).toEqual([`Draft advantages ${MARKER}`]);
    expect(html).toMatch(/<html[^>]*lang="en"/);
    const banner = elementsOf(html, (element) => element.attribs['data-preview-banner'] !== undefined);
    expect(textsOf(html, 'a').some((text) => text.endsWith('/en/advantages/'))).toBe(true);
    expect(banner).toHaveLength(1);
  });

  it('shows a document published after the preview server started in its lists', async () => {
    const title = `开服后发布 ${MARKER}`;
    const created = await admin('POST', `${collectionPath(ARTICLE)}?locale=zh-Hans`, {
      title,
      slug: `published-later-${Date.now()}`,
      summary: '预览服务器启动之后发布的文章。',
      body: '正文。',
      column: 'investment_news',
      releasedAt: new Date(Date.now() - 60_000).toISOString(),
      source: '山东省商务厅',
      editor: '预览测试',
    });
    expect(created.status, describeAnswer(created)).toBe(201);
    const entry = entryOf(created);
    const published = await admin(
      'POST',
      `${collectionPath(ARTICLE, String(entry.documentId))}/actions/publish?locale=zh-Hans`,
      entry,
    );
    expect(published.status, describeAnswer(published)).toBe(200);
    const settings = entryOf(
      await admin('GET', `${singlePath('api::site-setting.site-setting')}?locale=zh-Hans`),
    );
    const home = await adminPreviewUrl(
      'api::site-setting.site-setting',
      String(settings.documentId),
      'zh-Hans',
    );
    const started = Date.now();
    const html = await (await fetch(home)).text();
    console.log(
      `[draft-preview] first preview after a publish (content reloaded) in ${Date.now() - started} ms`,
    );
    expect(textsOf(html, 'h3').join('\n'), previewLog.slice(-30).join('\n')).toContain(title);
    const again = Date.now();
    await (await fetch(home)).text();
    console.log(`[draft-preview] the next preview (nothing published) in ${Date.now() - again} ms`);
  });

  it('keeps drafts away from the content API and the draft route shut without the secret', async () => {
    for (const query of ['', '?status=draft']) {
      const response = await fetch(`${strapi.url}/api/articles/${draftId}${query}`);
      expect(response.status, query).toBe(404);
    }
    const route = `${strapi.url}/site-preview/article/${draftId}?locale=zh-Hans`;
    expect((await fetch(route)).status).toBe(401);
    expect((await fetch(route, { headers: { authorization: `Bearer ${strapi.token}` } })).status).toBe(401);
    const withSecret = await fetch(route, { headers: { authorization: `Bearer ${SECRET}` } });
    expect(withSecret.status).toBe(200);
    expect(((await withSecret.json()) as { data: { title: string } }).data.title).toBe(`草稿标题 ${MARKER}`);
  });

  it('populates what the site asks for and nothing the content API would refuse', async () => {
    const listed = await admin(
      'GET',
      `${collectionPath('api::park.park')}?locale=zh-Hans&pageSize=1&sort=id:asc`,
    );
    const [park] = (listed.body.results ?? []) as Array<{ documentId: string }>;
    if (!park) throw new Error(`no park: ${describeAnswer(listed)}`);
    const query =
      'locale=zh-Hans&populate[city][fields][0]=slug&populate[createdBy]=true&populate[updatedBy]=true';
    const response = await fetch(`${strapi.url}/site-preview/park/${park.documentId}?${query}`, {
      headers: { authorization: `Bearer ${SECRET}` },
    });
    const { data } = (await response.json()) as { data: Record<string, unknown> };
    expect((data.city as { slug?: string } | null)?.slug).toMatch(/^[a-z0-9-]+$/);
    expect(data).not.toHaveProperty('createdBy');
    expect(data).not.toHaveProperty('updatedBy');
  });
});
