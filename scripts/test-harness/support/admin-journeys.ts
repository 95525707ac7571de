// An editor's journeys through the real admin panel, click by click, shared by the browser test
// (scripts/tests/admin-journeys.e2e.test.ts) and the editors' guide screenshots
// (scripts/dev-tools/screenshots/admin-screenshots.ts), so the guide shows what the test drives.
// Fields are found by the names and Chinese labels an editor reads; nothing here calls the API.
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import sharp from 'sharp';

/** An administrator's account as typed into the registration or login page. */
export interface AdminAccount {
  firstname: string;
  lastname: string;
  email: string;
  password: string;
}

/** One language version of an article, as an editor types it. */
export interface ArticleVersion {
  title: string;
  /** Markdown, typed into the body editor. */
  body: string;
  source: string;
  editor: string;
}

/** A new Chinese article: its text, its column's Chinese label and an optional cover to upload. */
export interface NewArticle extends ArticleVersion {
  /** The column as the dropdown shows it, e.g. 投资动态. */
  column: string;
  cover?: { fileName: string; png: Buffer; alternativeText: string };
}

/** A page of the admin and where each step's screenshot goes. */
export interface Journey {
  page: Page;
  strapiUrl: string;
  /** Records the page (or one part of it) as `admin-<name>.png`. */
  shoot(name: string, part?: Locator): Promise<void>;
}

/** The screen size of the guide's screenshots and of the test. */
export const ADMIN_VIEWPORT = { width: 1440, height: 900 };

// Generous: the admin loads its bundle and every request waits behind other Strapis on a busy machine.
const UI_TIMEOUT_MS = 60_000;
const ARTICLES = 'api::article.article';
const BEIJING = 'Asia/Shanghai';

/** A fresh browser context as a Chinese editor in Beijing opens the admin (no stored login). */
export async function editorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: ADMIN_VIEWPORT,
    locale: 'zh-CN',
    timezoneId: BEIJING,
  });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  return context.newPage();
}

/** A 16:9 PNG cover (a two-colour band, small and valid), made on the spot so no binary is committed. */
export async function coverPng(): Promise<Buffer> {
  const band = await sharp({
    create: { width: 1280, height: 240, channels: 3, background: '#c8102e' },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width: 1280, height: 720, channels: 3, background: '#1d5c96' } })
    .composite([{ input: band, top: 480, left: 0 }])
    .png()
    .toBuffer();
}

/** Step 1: registers the first administrator on the registration page a fresh admin opens with. */
export async function registerFirstAdministrator(journey: Journey, account: AdminAccount): Promise<void> {
  const { page } = journey;
  await page.goto(`${journey.strapiUrl}/admin`);
  await page.waitForURL(/\/auth\/register-admin/);
  await page.locator('input[name="firstname"]').fill(account.firstname);
  await page.locator('input[name="lastname"]').fill(account.lastname);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('input[name="confirmPassword"]').fill(account.password);
  await journey.shoot('register');
  await page.getByRole('button', { name: '让我们开始吧' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  await dismissMediaLibraryBanner(page);
}

/** Logs in on the login page (optionally recording it first). */
export async function logIn(journey: Journey, account: AdminAccount, shotName?: string): Promise<void> {
  const { page } = journey;
  await page.goto(`${journey.strapiUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  if (shotName) await journey.shoot(shotName);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  await dismissMediaLibraryBanner(page);
}

/** Strapi's one-off "new Media Library" banner, closed once as an editor would. */
async function dismissMediaLibraryBanner(page: Page): Promise<void> {
  const banner = page.getByText('新版媒体库');
  await banner.waitFor({ timeout: 10_000 }).catch(() => undefined);
  if (await banner.isVisible()) {
    await page.getByRole('button', { name: '关闭', exact: true }).first().click();
  }
}

/** The article list, as 内容管理 › 文章 shows it. */
export async function openArticleList(journey: Journey, shotName?: string): Promise<void> {
  const { page } = journey;
  await page.goto(`${journey.strapiUrl}/admin/content-manager/collection-types/${ARTICLES}`);
  await page.locator('tbody tr').first().waitFor();
  if (shotName) await journey.shoot(shotName);
}

const publishButton = (page: Page) => page.getByRole('button', { name: '发布', exact: true });
const saveButton = (page: Page) => page.getByRole('button', { name: '保存', exact: true });

/** Types markdown into the body editor (CodeMirror) as a paste would, so no keystroke is lost. */
async function typeBody(page: Page, markdown: string): Promise<void> {
  await page.locator('.CodeMirror').click();
  await page.keyboard.insertText(markdown);
}

/** Fills the fields each language version has of its own. */
async function fillVersion(page: Page, version: ArticleVersion): Promise<void> {
  await page.locator('input[name="title"]').fill(version.title);
  await typeBody(page, version.body);
  await page.locator('input[name="source"]').fill(version.source);
  await page.locator('input[name="editor"]').fill(version.editor);
}

/** Hours and minutes of `when` in Beijing, as the time picker reads them ("09:05"). */
function beijingClock(when: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: BEIJING,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(when);
}

/**
 * The first whole minute at least `leadMs` from now: the time picker takes hours and minutes (and
 * keeps the seconds of the moment they are typed), so a schedule typed now is due in that minute.
 */
export function nextWholeMinute(leadMs: number, now = Date.now()): Date {
  return new Date(Math.ceil((now + leadMs) / 60_000) * 60_000);
}

/** The calendar day in Beijing of `when` (2026-12-02). */
function beijingDay(when: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BEIJING }).format(when);
}

/**
 * Waits, when a time `leadMs` ahead falls on tomorrow in Beijing, until midnight there has passed:
 * `setTimeToday` types only a time, so a schedule for just after midnight would land on today.
 */
export async function waitPastBeijingMidnight(leadMs: number): Promise<void> {
  const now = new Date();
  const later = new Date(now.getTime() + leadMs);
  if (beijingDay(now) === beijingDay(later)) return;
  await new Promise((resolve) => setTimeout(resolve, leadMs));
}

/**
 * Types a time of today (Beijing) into the date-and-time field labelled `label`; the picker takes
 * today's date when only the time is given, which is what an editor scheduling for later today does.
 */
async function setTimeToday(page: Page, label: string, when: Date): Promise<void> {
  const field = page.getByRole('group', { name: label, exact: true });
  const time = field.getByRole('combobox').nth(1);
  await time.fill(beijingClock(when));
  // Leaving the field commits the typed time; blur rather than Tab, which would focus the clear
  // button and show its tooltip in the screenshot.
  await time.blur();
}

/**
 * The 点击添加素材 button of the media field labelled `label` (an article has two: 封面图片 and 附件):
 * the button inside the innermost element that also holds the field's label.
 */
export function mediaFieldButton(page: Page, label: string): Locator {
  const button = page.getByRole('button', { name: /点击添加素材/ });
  return page
    .locator('div')
    .filter({ has: page.getByText(new RegExp(`^${label}\\*?$`)) })
    .filter({ has: button })
    .last()
    .locator(button);
}

/** Uploads the cover in the media dialog, with its 替代文字 typed before the upload. */
async function uploadCover(journey: Journey, cover: NonNullable<NewArticle['cover']>): Promise<void> {
  const { page } = journey;
  await mediaFieldButton(page, '封面图片').click();
  // 添加新素材 in an empty library, 添加更多的素材 once it holds files.
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^(添加新素材|添加更多的素材)$/ })
    .last()
    .click();
  await page
    .getByRole('dialog')
    .locator('input[type="file"]')
    .setInputFiles({ name: cover.fileName, mimeType: 'image/png', buffer: cover.png });
  await page.getByRole('button', { name: /上传 1 个素材/ }).waitFor();
  await journey.shoot('media-upload');
  await page.getByRole('dialog').getByRole('button', { name: '编辑', exact: true }).click();
  const details = page.getByRole('dialog');
  await details.locator('input[name="alternativeText"]').fill(cover.alternativeText);
  await journey.shoot('media-alt-text');
  await details.getByRole('button', { name: '完成', exact: true }).click();
  await page.getByRole('button', { name: /上传 1 个素材/ }).click();
  // Back in the asset picker with the upload selected.
  await page
    .getByRole('dialog')
    .getByRole('button', { name: new RegExp(cover.fileName) })
    .waitFor();
  await page.getByRole('dialog').getByRole('button', { name: '完成', exact: true }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** What the admin's address says about the document it shows. */
function documentIdIn(page: Page): string {
  const match = new URL(page.url()).pathname.match(/\/([a-z0-9]{20,})$/);
  if (!match?.[1]) throw new Error(`no document id in the admin's address ${page.url()}`);
  return match[1];
}

/**
 * Step 2: writes a new Chinese article (文章 › 创建新条目): title, the slug the admin suggests
 * from it (重新生成: pinyin), column, body, date, source, editor and cover; saves it as a draft.
 * Returns its documentId and slug. `scheduleAt` fills 定时发布时间 too (step 6).
 */
export async function writeArticle(
  journey: Journey,
  article: NewArticle,
  options: { shotName?: string; scheduleAt?: Date } = {},
): Promise<{ documentId: string; slug: string }> {
  const { page } = journey;
  // From the Chinese list's 创建新条目 (the list keeps the last locale picked, so it is named; an
  // Author's list may be empty: they see their own entries only).
  await page.goto(
    `${journey.strapiUrl}/admin/content-manager/collection-types/${ARTICLES}?plugins[i18n][locale]=zh-Hans`,
  );
  await page.getByRole('link', { name: '创建新条目' }).first().click();
  await publishButton(page).waitFor();
  await page.locator('input[name="title"]').fill(article.title);
  // The slug is suggested once, from the empty title, when the form opens; 重新生成 suggests it from the title.
  await page.getByRole('button', { name: '重新生成' }).click();
  const slugInput = page.locator('input[name="slug"]');
  await page.waitForFunction(
    (input) => (input as HTMLInputElement | null)?.value.includes('-') ?? false,
    await slugInput.elementHandle(),
  );
  await page.getByRole('combobox', { name: '栏目' }).click();
  await page.getByRole('option', { name: article.column, exact: true }).click();
  await fillVersion(page, article);
  await setTimeToday(page, '发布时间', new Date());
  if (options.scheduleAt) await setTimeToday(page, '定时发布时间', options.scheduleAt);
  if (article.cover) await uploadCover(journey, article.cover);
  if (options.shotName) await journey.shoot(options.shotName);
  const slug = await slugInput.inputValue();
  await saveButton(page).click();
  await page.waitForURL(/api::article\.article\/[a-z0-9]{20,}/);
  await page.getByText('已保存').first().waitFor();
  return { documentId: documentIdIn(page), slug };
}

/** The edit view's side panel (条目: 发布, 保存, 打开预览). */
function sidePanel(page: Page): Locator {
  return page
    .locator('div')
    .filter({ has: page.getByText('条目', { exact: true }), hasText: '保存' })
    .filter({ has: publishButton(page) })
    .last();
}

/** Whether the open document's 发布 button can be pressed (an Author's cannot). */
export async function canPublish(journey: Journey): Promise<boolean> {
  await saveButton(journey.page).waitFor();
  const publish = publishButton(journey.page);
  return (await publish.count()) > 0 && (await publish.isEnabled());
}

/** Presses 发布 on the open document and waits until the admin says it is published; `shotName` records the side panel first. */
export async function publishOpenDocument(journey: Journey, shotName?: string): Promise<void> {
  const { page } = journey;
  // The side panel: the innermost box holding its heading 条目 and the buttons.
  if (shotName) await journey.shoot(shotName, sidePanel(page));
  await publishButton(page).click();
  await page.getByText('已发布', { exact: true }).first().waitFor();
}

/**
 * Step 3: switches the open article to 英文 (en) in the locale picker, fills the English
 * version and saves it. The fields all versions share (slug, column, date, cover) stay as the
 * Chinese version has them.
 */
export async function addEnglishVersion(journey: Journey, version: ArticleVersion): Promise<void> {
  const { page } = journey;
  await page.getByRole('combobox', { name: '语言', exact: true }).click();
  await page.getByRole('option', { name: /英文 \(en\)/ }).click();
  await page.waitForURL(/locale%5D=en|locale]=en/);
  await fillVersion(page, version);
  await page.locator('input[name="title"]').scrollIntoViewIfNeeded();
  await journey.shoot('article-english');
  await saveButton(page).click();
  await page.getByText('已保存').first().waitFor();
}

/**
 * Step 5: opens the preview of the open document from the side panel (打开预览) and returns the
 * frame it shows the page in, once `text` is on it, with the milliseconds that took.
 */
export async function openPreview(
  journey: Journey,
  text: string,
): Promise<{ frame: FrameLocator; ms: number }> {
  const { page } = journey;
  const clicked = Date.now();
  await page.getByRole('link', { name: '打开预览' }).click();
  const frame = page.frameLocator('iframe');
  await frame.getByText(text).first().waitFor();
  const ms = Date.now() - clicked;
  await journey.shoot('preview');
  return { frame, ms };
}

/** Leaves the preview for the edit view (关闭预览, the cross at the top left). */
export async function closePreview(journey: Journey): Promise<void> {
  const { page } = journey;
  const close = page
    .getByRole('link', { name: '关闭预览' })
    .or(page.getByRole('button', { name: '关闭预览' }));
  await close.first().click();
  await publishButton(page).waitFor();
}
