// An editor's main journeys in the real admin panel, in Chromium, against the system as `pnpm start`
// runs it (scripts/test-harness/support/live-system.ts: a throw-away seeded Strapi serving its
// built admin, the in-process rebuild service, the static site and the draft preview server, on
// non-default ports). Every step is clicks and typing (scripts/test-harness/support/admin-journeys.ts,
// which also makes the guide's screenshots); the API only sets up users and checks what was stored.
// An integration test by its setup: it starts its own site and servers, so the e2e project's
// site built from the shared Strapi would be built for nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../common/browser.ts';
import {
  type AdminAccount,
  addEnglishVersion,
  canPublish,
  closePreview,
  coverPng,
  editorPage,
  type Journey,
  logIn,
  nextWholeMinute,
  openPreview,
  publishOpenDocument,
  registerFirstAdministrator,
  waitPastBeijingMidnight,
  writeArticle,
} from '../test-harness/support/admin-journeys.ts';
import { adminClient, createAdminUser } from '../test-harness/support/content-manager.ts';
import { type LiveSystem, startLiveSystem, waitUntilServed } from '../test-harness/support/live-system.ts';

// Two shared cores under other test runs: a rebuild of the demo site can take minutes there.
const LIVE_TIMEOUT_MS = 240_000;
// Ahead enough that saving and the "not yet" checks finish before the time on a busy machine.
const SCHEDULE_LEAD_MS = 75_000;
const ADMIN: AdminAccount = {
  firstname: '管理员',
  lastname: '李',
  email: 'chief@example.com',
  password: 'Chief-Passw0rd!',
};
const tag = Date.now().toString(36);
const COVER_ALT = `济南新区签约仪式现场 ${tag}`;
// What createAdminUser registers invited users with.
const ROLE_PASSWORD = 'Role-Passw0rd!';

let system: LiveSystem;
let browser: Browser;
let journey: Journey;
const shotsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-admin-journeys-'));
const serviceLog: string[] = [];
let article = { documentId: '', slug: '' };

/** A journey on `page` whose screenshots go to the test's own folder (never docs/). */
function journeyOn(page: Page, prefix = ''): Journey {
  return {
    page,
    strapiUrl: system.strapi.url,
    async shoot(name: string, part?: Locator) {
      await (part ?? page).screenshot({ path: path.join(shotsDir, `admin-${prefix}${name}.png`) });
    },
  };
}

/** Waits until `url` shows `text`, with the rebuild service's log in the error when it does not. */
async function live(url: string, text: string, since: number): Promise<number> {
  return waitUntilServed(url, text, since, LIVE_TIMEOUT_MS).catch((error: Error) => {
    throw new Error(`${error.message}\n--- rebuild service ---\n${serviceLog.slice(-40).join('\n')}`);
  });
}

/** The `<img>` elements of an HTML page, by their attributes. */
function imagesIn(html: string): Array<Record<string, string>> {
  const images: Array<Record<string, string>> = [];
  const walk = (node: { name?: string; attribs?: Record<string, string>; children?: unknown[] }) => {
    if (node.name === 'img' && node.attribs) images.push(node.attribs);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseDocument(html) as unknown as { children: unknown[] });
  return images;
}

/** The stored article in `locale`, through the content manager (checks only, never a step). */
async function stored(documentId: string, locale: string): Promise<Record<string, unknown>> {
  const { data } = await system.admin<{ data: Record<string, unknown> }>(
    `/content-manager/collection-types/api::article.article/${documentId}?locale=${locale}`,
  );
  return data;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

beforeAll(async () => {
  system = await startLiveSystem({
    adminPanel: true,
    preview: true,
    registerAdmin: false,
    // The scheduler's tick: seconds here, so a schedule is due within the test's waits.
    strapiEnv: { SCHEDULED_PUBLISH_INTERVAL_SECONDS: '5' },
    log: (line) => serviceLog.push(line),
  });
  browser = await launchChromium();
  journey = journeyOn(await editorPage(browser));
  console.log(`[admin-journeys] screenshots in ${shotsDir}`);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('an administrator in the admin panel', () => {
  it('registers the first administrator on the registration page', async () => {
    await registerFirstAdministrator(journey, ADMIN);
    await expect(journey.page.getByRole('link', { name: '内容管理' }).first().isVisible()).resolves.toBe(
      true,
    );
    // The account exists: the checks below call the API as this administrator.
    await system.signIn(ADMIN.email, ADMIN.password);
  });

  it('writes an article with an uploaded cover and its alternative text, saves and publishes it', async () => {
    article = await writeArticle(
      journey,
      {
        title: `济南新区签约十个项目 ${tag}`,
        body: `## 签约现场\n\n十个项目**集中签约**，总投资约 120 亿元。\n\n- 高端装备\n- 新一代信息技术`,
        column: '投资动态',
        source: '济南市商务局',
        editor: '王编辑',
        cover: { fileName: `cover-${tag}.png`, png: await coverPng(), alternativeText: COVER_ALT },
      },
      { shotName: 'article-new' },
    );
    const clicked = Date.now();
    await publishOpenDocument(journey, 'publish');
    console.log(
      `[admin-journeys] Chinese version published (admin answered in ${seconds(Date.now() - clicked)})`,
    );
    // The slug the admin suggested from the Chinese title: its pinyin.
    expect(article.slug).toMatch(new RegExp(`^ji-nan-xin-qu-qian-yue-shi-ge-xiang-mu-${tag}$`));
    const zh = await stored(article.documentId, 'zh-Hans');
    expect(zh).toMatchObject({ status: 'published', column: 'investment_news', slug: article.slug });
    expect(zh.cover).toMatchObject({ alternativeText: COVER_ALT, mime: 'image/png' });
  });

  it('adds its English version in the locale picker and publishes it, under the same slug', async () => {
    await addEnglishVersion(journey, {
      title: `Jinan New Area signs ten projects ${tag}`,
      body: 'Ten projects were **signed** at once, with a total investment of about 12 billion yuan.',
      source: 'Jinan Municipal Bureau of Commerce',
      editor: 'Wang',
    });
    await publishOpenDocument(journey);
    const en = await stored(article.documentId, 'en');
    expect(en.status).toBe('published');
    // One slug for both versions (a non-localized field): the language switch links them.
    expect(en.slug).toBe(article.slug);
  });

  it('shows both versions live on the site', async () => {
    const since = Date.now();
    const zhMs = await live(
      `${system.site.url}/articles/${article.slug}/`,
      `济南新区签约十个项目 ${tag}`,
      since,
    );
    const enMs = await live(
      `${system.site.url}/en/articles/${article.slug}/`,
      `Jinan New Area signs ten projects ${tag}`,
      since,
    );
    console.log(
      `[admin-journeys] zh live ${seconds(zhMs)}, en live ${seconds(enMs)} after the English publish`,
    );
  });

  it('shows the Chinese page with its cover, alternative text included, served by the site itself', async () => {
    const zhUrl = `${system.site.url}/articles/${article.slug}/`;
    const cover = imagesIn(await (await fetch(zhUrl)).text()).find((image) => image.alt === COVER_ALT);
    expect(cover, `no <img alt="${COVER_ALT}"> on ${zhUrl}`).toBeDefined();
    const src = new URL(cover?.src ?? '', zhUrl);
    expect(src.origin).toBe(new URL(system.site.url).origin);
    const image = await fetch(src);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\//);
  });
});

describe('a draft and a schedule', () => {
  let scheduled = { documentId: '', slug: '' };
  let publishAt = new Date(0);
  const title = `定时发布：青岛港新航线开通 ${tag}`;

  it("previews a saved draft from the admin's 打开预览, in the site's layout", async () => {
    await waitPastBeijingMidnight(SCHEDULE_LEAD_MS + 60_000);
    publishAt = nextWholeMinute(SCHEDULE_LEAD_MS);
    scheduled = await writeArticle(
      journey,
      {
        title,
        body: '新航线每周两班，连接青岛港与东南亚主要港口。',
        column: '投资动态',
        source: '青岛市商务局',
        editor: '赵编辑',
      },
      { shotName: 'schedule', scheduleAt: publishAt },
    );
    expect(Date.now(), 'saving took longer than the schedule lead').toBeLessThan(publishAt.getTime());
    const { frame, ms } = await openPreview(journey, title);
    console.log(`[admin-journeys] preview showed the draft ${seconds(ms)} after 打开预览`);
    await expect(frame.locator('h1').first().textContent()).resolves.toBe(title);
    // The site's own header, navigation and QR panel around it: the page components, not a bare render.
    expect(await frame.locator('header').getByText('选择山东').count()).toBeGreaterThan(0);
    expect(await frame.getByText('扫一扫 手机浏览').count()).toBeGreaterThan(0);
    expect((await fetch(`${system.site.url}/articles/${scheduled.slug}/`)).status).toBe(404);
    await closePreview(journey);
  });

  it('publishes the scheduled article at its time, with nobody pressing anything', async () => {
    const url = `${system.site.url}/articles/${scheduled.slug}/`;
    const draft = await stored(scheduled.documentId, 'zh-Hans');
    expect(draft).toMatchObject({ status: 'draft' });
    // The picker sets the minute typed and keeps the seconds of the moment it was typed.
    const due = new Date(String(draft.publishAt));
    expect(due.getTime() - publishAt.getTime()).toBeGreaterThanOrEqual(0);
    expect(due.getTime() - publishAt.getTime()).toBeLessThan(60_000);
    publishAt = due;
    // Not on the site before its time (polled, so a too-early publish would be seen).
    while (Date.now() < publishAt.getTime() - 2000) {
      expect((await fetch(url)).status, `${url} served before ${publishAt.toISOString()}`).toBe(404);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    const ms = await live(url, title, publishAt.getTime());
    console.log(`[admin-journeys] scheduled article live ${seconds(ms)} after its publication time`);
    expect(await stored(scheduled.documentId, 'zh-Hans')).toMatchObject({ status: 'published' });
  });
});

describe('an Editor and an Author', () => {
  it('lets an Editor write and publish an article that goes live', async () => {
    const superAdmin = adminClient(system.strapi.url, system.adminJwt);
    const email = `editor-${tag}@example.com`;
    await createAdminUser(system.strapi.url, superAdmin, {
      email,
      firstname: '编辑',
      roleCode: 'strapi-editor',
    });
    const editor = journeyOn(await editorPage(browser), 'editor-');
    await logIn(editor, { firstname: '编辑', lastname: 'Test', email, password: ROLE_PASSWORD });
    const title = `编辑发布：烟台开发区新签三个项目 ${tag}`;
    const written = await writeArticle(editor, {
      title,
      body: '三个项目涉及新能源汽车零部件。',
      column: '投资动态',
      source: '烟台市商务局',
      editor: '孙编辑',
    });
    const clicked = Date.now();
    await publishOpenDocument(editor, 'publish');
    const ms = await live(`${system.site.url}/articles/${written.slug}/`, title, clicked);
    console.log(`[admin-journeys] Editor's article live ${seconds(ms)} after 发布`);
    await editor.page.context().close();
  });

  it('does not let an Author publish', async () => {
    const superAdmin = adminClient(system.strapi.url, system.adminJwt);
    const email = `author-${tag}@example.com`;
    await createAdminUser(system.strapi.url, superAdmin, {
      email,
      firstname: '作者',
      roleCode: 'strapi-author',
    });
    const author = journeyOn(await editorPage(browser), 'author-');
    await logIn(author, { firstname: '作者', lastname: 'Test', email, password: ROLE_PASSWORD });
    const written = await writeArticle(author, {
      title: `作者草稿 ${tag}`,
      body: '待编辑审核。',
      column: '投资动态',
      source: '山东省商务厅',
      editor: '钱编辑',
    });
    expect(await canPublish(author)).toBe(false);
    expect(await stored(written.documentId, 'zh-Hans')).toMatchObject({ status: 'draft' });
    await author.page.context().close();
  });
});
