// The built admin in Chromium, as a Chinese editor meets it: enumeration options under their
// Chinese names, no English on the list and edit views, the delete dialog, the relation field and
// the locale picker, nor in the labels screen readers and tooltips give (date and time pickers,
// the media dialog, the preview), and years that read as years.
import { CMS_LOCALES, ENUM_LABELS } from '@select-shandong/shared-types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../common/browser.ts';
import { buildStrapiIfNeeded } from '../operations/strapi/admin-build.ts';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import { mediaFieldButton } from '../test-harness/support/admin-journeys.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const EMAIL = 'admin-zh@example.com';
const PASSWORD = 'Editor-Passw0rd!';

// English that Strapi 5.54 shows on these views when a translation is missing (each seen before
// the translations were added), and the English locale names Strapi gives by default.
const ENGLISH_TEXTS = [
  'Are you sure',
  'Save',
  'Publish',
  'Unpublish',
  'Delete',
  'Duplicate',
  'Content Manager',
  'Media Library',
  'Choose here',
  'Add or create a relation',
  'Relations',
  'Draft',
  'Published',
  'Modified',
  'Create new entry',
  'More actions',
  'Open preview',
  'Document ID',
  'Untitled',
  'Confirmation',
  'Cancel',
  'Add new assets',
  'Add folder',
  'Browse',
  'Chinese (Simplified)',
  'English (en)',
];

// English in labels that are not visible text (aria-label, title, a button's screen-reader text):
// the date and time pickers' "Choose date" and "清除 date" (a translated word with the design
// system's English appended), the media dialog's "Close modal", the preview's "Copy preview link".
const ENGLISH_LABELS = [/Choose (date|time)/, / (date|time)$/, /Close modal/, /Copy preview link/];

/**
 * The stored codes of every enumeration (`news_brief`, `joint_venture`, …), which editors must not
 * see; locale codes excepted, which the locale names show on purpose (简体中文 (zh-Hans)).
 */
const ENUM_CODES = Object.values(ENUM_LABELS)
  .flatMap((attributes) => Object.values(attributes).flatMap((values) => Object.keys(values)))
  .filter((code) => !(CMS_LOCALES as readonly string[]).includes(code));

let cms: ThrowawayStrapi;
let strapi: RunningStrapi;
let browser: Browser;
let page: Page;
let adminJwt = '';

/** The documentId of the zh-Hans document of `uid` whose slug is `slug`, through the content manager. */
async function documentIdOf(uid: string, slug: string): Promise<string> {
  const response = await fetch(
    `${strapi.url}/content-manager/collection-types/${uid}?locale=zh-Hans&filters[slug][$eq]=${slug}`,
    { headers: { authorization: `Bearer ${adminJwt}` } },
  );
  const body = (await response.json()) as { results?: { documentId: string }[] };
  const id = body.results?.[0]?.documentId;
  if (!id) throw new Error(`${uid} slug=${slug} (zh-Hans): not found, HTTP ${response.status}`);
  return id;
}

/** Opens the edit view of a seeded document and waits until its form is there. */
async function openEditView(uid: string, slug: string): Promise<void> {
  const id = await documentIdOf(uid, slug);
  await page.goto(
    `${strapi.url}/admin/content-manager/collection-types/${uid}/${id}?plugins[i18n][locale]=zh-Hans`,
  );
  await page.getByRole('button', { name: '发布', exact: true }).waitFor({ timeout: 60_000 });
}

/** Which of the known English texts `text` contains, as whole words. */
function englishIn(text: string): string[] {
  return ENGLISH_TEXTS.filter((phrase) => new RegExp(`\\b${phrase}\\b`).test(text));
}

/** Which of the known English texts and enumeration codes the page shows. */
async function foreignTexts(): Promise<string[]> {
  // Visible text only (innerText): hidden options and screen-reader-only copies are not what editors read.
  const text = (await page.locator('body').allInnerTexts()).join('\n');
  const codes = ENUM_CODES.filter((code) => new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`).test(text));
  return [...englishIn(text), ...codes];
}

/** The labels inside `selector` (its first match) that carry English: aria-label, title, a button's text. */
async function englishLabels(selector = 'body'): Promise<string[]> {
  const labels = await page
    .locator(selector)
    .first()
    .evaluate((root) =>
      [root, ...Array.from(root.querySelectorAll('*'))].flatMap((element) => [
        element.getAttribute('aria-label') ?? '',
        element.getAttribute('title') ?? '',
        element.tagName === 'BUTTON' ? (element.textContent ?? '') : '',
      ]),
    );
  return labels.filter((label) => ENGLISH_LABELS.some((english) => english.test(label.trim())));
}

/** The option texts of the select labelled `label`, read from its opened list. */
async function optionsOf(label: string): Promise<{ shown: string; options: string[] }> {
  const select = page.getByRole('combobox', { name: label });
  const shown = ((await select.textContent()) ?? '').trim();
  await select.click();
  const options = (await page.getByRole('option').allInnerTexts()).map((option) => option.trim());
  await page.keyboard.press('Escape');
  return { shown, options };
}

beforeAll(async () => {
  cms = throwawayStrapi({ SERVE_ADMIN_PANEL: 'true' });
  buildStrapiIfNeeded(cms.env);
  strapi = await cms.start({ SEED_DEMO_CONTENT: 'true' });
  adminJwt = await registerFirstAdmin(strapi.url, EMAIL);
  browser = await launchChromium();
  // An English browser: the admin must still open in Chinese.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  await page.goto(`${strapi.url}/admin/auth/login`);
  await page.locator('input[name="email"]').waitFor({ timeout: 60_000 });
  await page.fill('input[name="email"]', EMAIL);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await strapi?.stop();
  cms?.remove();
});

describe('the admin in Chinese', () => {
  it('shows the article list with column names and without English', async () => {
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/api::article.article`);
    await page.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    expect(await page.getByRole('link', { name: '内容管理' }).count()).toBeGreaterThan(0);
    expect(await foreignTexts()).toEqual([]);
  });

  it("shows the park list's type column by name, not by code", async () => {
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/api::park.park`);
    await page.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    const types = Object.values(ENUM_LABELS['api::park.park'].parkType).map((name) => name['zh-Hans']);
    const cells = await page.locator('tbody td').allInnerTexts();
    expect(cells.filter((cell) => types.includes(cell.trim())).length).toBeGreaterThan(0);
    expect(await foreignTexts()).toEqual([]);
  });

  it("shows an article's column and its choices by their Chinese names", async () => {
    await openEditView('api::article.article', 'news-shandong-foreign-trade-2023-review');
    const column = await optionsOf('栏目');
    expect(column.shown).toBe('资讯要情');
    const columns = ENUM_LABELS['api::article.article'].column;
    expect(column.options).toEqual(
      expect.arrayContaining(Object.values(columns).map((name) => name['zh-Hans'])),
    );
    expect(await foreignTexts()).toEqual([]);
  });

  it('asks before deleting, in Chinese', async () => {
    // The header's menu (the side panel has one too, for publishing).
    await page.getByRole('button', { name: '更多操作', exact: true }).first().click();
    await page.getByRole('menuitem', { name: /删除条目/ }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('确定删除此条目吗？此操作无法撤销。');
    expect(await foreignTexts()).toEqual([]);
    await dialog.getByRole('button', { name: '取消' }).click();
  });

  it('names the locales in Chinese in the locale picker', async () => {
    const picker = page.getByRole('combobox', { name: '语言', exact: true });
    expect(await picker.textContent()).toBe('简体中文 (zh-Hans)');
    await picker.click();
    // Each option also carries the locale's status, which @strapi/i18n writes in English (capitalize(status)).
    const options = await page.getByRole('option').allTextContents();
    expect(options.map((option) => option.replace(/(Published|Draft|Modified)$/, ''))).toEqual([
      '简体中文 (zh-Hans)',
      '英文 (en)',
    ]);
    await page.keyboard.press('Escape');
  });

  it('opens the media dialog of the cover field in Chinese', async () => {
    await mediaFieldButton(page, '封面图片').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('添加新素材').first().waitFor();
    const text = (await dialog.allInnerTexts()).join('\n');
    expect(englishIn(text)).toEqual([]);
    expect(await englishLabels('[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it("shows a project's cooperation mode by its Chinese name, and no English", async () => {
    await openEditView('api::project.project', 'jinan-start-area-intelligent-computing-centre');
    const mode = await optionsOf('合作方式');
    expect(mode.shown).toBe('合资');
    expect(mode.options).toEqual(expect.arrayContaining(['独资', '合资', '参股', '合作', '其他']));
    expect(await foreignTexts()).toEqual([]);
  });

  it("reads a park's founding year and a city's key-figure year as years", async () => {
    await openEditView('api::park.park', 'jinan-etdz');
    const founded = page.getByRole('textbox', { name: '设立年份' });
    expect(await founded.inputValue()).toMatch(/^(19|20)\d\d$/);
    await openEditView('api::city.city', 'jinan');
    await page
      .getByRole('button', { name: /常住人口/ })
      .first()
      .click();
    const year = page.getByRole('textbox', { name: '年份' }).first();
    await year.waitFor();
    expect(await year.inputValue()).toBe('2023');
    expect((await page.locator('body').allInnerTexts()).join('\n')).not.toContain('2,023');
    expect(await foreignTexts()).toEqual([]);
  });

  it('lists a scheduled article on the home page, saying in Chinese when it publishes', async () => {
    const publishAt = new Date(Date.now() + 2 * 3_600_000);
    const created = await fetch(
      `${strapi.url}/content-manager/collection-types/api::article.article?locale=zh-Hans`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
        body: JSON.stringify({
          title: '定时发布的文章',
          slug: 'admin-zh-scheduled',
          body: '正文。',
          column: 'investment_news',
          releasedAt: new Date(Date.now() - 60_000).toISOString(),
          source: '山东省商务厅',
          editor: '测试编辑',
          publishAt: publishAt.toISOString(),
        }),
      },
    );
    expect(created.status, await created.clone().text()).toBe(201);
    await page.goto(`${strapi.url}/admin`);
    const widget = page.getByTestId('site-schedule');
    await widget.waitFor({ timeout: 60_000 });
    const text = (await widget.allInnerTexts()).join('\n');
    expect(text).toContain('等待发布');
    expect(text).toMatch(
      /文章《定时发布的文章》（中文版）将于 \d{4}-\d\d-\d\d \d\d:\d\d（北京时间） 自动发布。/,
    );
    expect(await page.getByText('定时发布', { exact: true }).count()).toBeGreaterThan(0);
    expect(englishIn(text)).toEqual([]);
  });

  it("labels the publication time's date and time pickers, and the preview, in Chinese", async () => {
    // The article scheduled by the test before: 定时发布时间 has a value, so its clear buttons show.
    await openEditView('api::article.article', 'admin-zh-scheduled');
    await page.getByText('定时发布时间').first().waitFor({ timeout: 30_000 });
    expect(await englishLabels()).toEqual([]);
    await page.getByRole('link', { name: '打开预览' }).first().click();
    await page.getByRole('link', { name: '关闭预览' }).waitFor({ timeout: 60_000 });
    expect(await englishLabels()).toEqual([]);
  });

  it('names the Editor and Author roles in Chinese', async () => {
    await page.goto(`${strapi.url}/admin/settings/roles`);
    await page.getByText('作者', { exact: true }).first().waitFor({ timeout: 60_000 });
    // The roles table only: the signed-in user's own name (Test Editor) is in the header.
    const names = (await page.locator('tbody tr td:first-child').allInnerTexts()).map((name) => name.trim());
    expect(names).toEqual(expect.arrayContaining(['编辑', '作者']));
    const text = (await page.locator('tbody').allInnerTexts()).join('\n');
    expect(text).not.toMatch(/\b(Editor|Author)s?\b/);
  });
});
