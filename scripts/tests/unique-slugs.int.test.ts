// Slugs are unique and checked when the editor saves, through the content manager's API as the
// admin calls it; the slug field suggests pinyin for a Chinese title. Before, a duplicate slug was
// saved and published, and only the nightly build failed on two pages with one URL (issue 9).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedAdminJwt } from '../test-harness/support/admin.ts';
import {
  type AdminCall,
  adminClient,
  collectionPath,
  describeAnswer,
  entryOf,
} from '../test-harness/support/content-manager.ts';

const { url } = inject('seededStrapi');
const CITY = 'api::city.city';
const ARTICLE = 'api::article.article';
const tag = `slug${Date.now().toString(36)}`;

let admin: AdminCall;
const created: Array<{ uid: string; documentId: string }> = [];

/** A city draft as the admin's create form sends it. */
const city = (name: string, slug: string) => ({
  name,
  slug,
  adminCode: '379900',
  order: 17,
  overview: `${name}概况`,
});

/** Creates a draft in `locale`; returns its documentId (and forgets it after the file). */
async function createDraft(uid: string, locale: string, data: Record<string, unknown>): Promise<string> {
  const answer = await admin('POST', `${collectionPath(uid)}?locale=${locale}`, data);
  expect(answer.status, describeAnswer(answer)).toBe(201);
  const { documentId } = entryOf(answer) as { documentId: string };
  created.push({ uid, documentId });
  return documentId;
}

/**
 * What the admin's slug field asks as the editor types (UID.mjs in @strapi/content-manager): the
 * value, without the document, and the edit view's locale as a query parameter.
 */
const checkAvailability = (uid: string, locale: string, value: string) =>
  admin('POST', `/content-manager/uid/check-availability?locale=${locale}`, {
    contentTypeUID: uid,
    field: 'slug',
    value,
  });

/** The error Strapi answered with: message and the path of each field it names. */
function errorOf(answer: { body: Record<string, unknown> }) {
  const error = answer.body.error as
    | { message: string; details?: { errors?: Array<{ path: string[]; message: string }> } }
    | undefined;
  return { message: error?.message ?? '', paths: error?.details?.errors?.map((e) => e.path.join('.')) ?? [] };
}

beforeAll(async () => {
  admin = adminClient(url, await sharedAdminJwt(url));
});

afterAll(async () => {
  for (const { uid, documentId } of created) {
    for (const locale of ['zh-Hans', 'en'])
      await admin('DELETE', `${collectionPath(uid, documentId)}?locale=${locale}`);
  }
});

describe('a duplicate slug is refused on save, in Chinese, naming the field', () => {
  it("refuses a new city with the seeded 济南's slug", async () => {
    const answer = await admin('POST', `${collectionPath(CITY)}?locale=zh-Hans`, city('济南二', 'jinan'));
    expect(answer.status, describeAnswer(answer)).toBe(400);
    const { message, paths } = errorOf(answer);
    // The other document by its title (济南, unless another test file renamed its draft).
    expect(message).toMatch(/^网址标识 jinan 已被另一城市「[^」]+」使用，请换一个，例如 jinan-2。/);
    expect(paths).toEqual(['slug']);
  });

  it("refuses an edit that takes another document's slug, and keeps the document's own", async () => {
    const documentId = await createDraft(CITY, 'zh-Hans', city('测试一城', `${tag}-one`));
    const taken = await admin('PUT', `${collectionPath(CITY, documentId)}?locale=zh-Hans`, {
      slug: 'qingdao',
    });
    expect(taken.status, describeAnswer(taken)).toBe(400);
    expect(errorOf(taken).message).toMatch(/^网址标识 qingdao 已被另一城市「[^」]+」使用/);
    const own = await admin('PUT', `${collectionPath(CITY, documentId)}?locale=zh-Hans`, {
      slug: `${tag}-one`,
      overview: '改过的概况',
    });
    expect(own.status, describeAnswer(own)).toBe(200);
  });

  it('counts a slug held in another locale only: one slug names one document in every language', async () => {
    await createDraft(ARTICLE, 'en', {
      title: 'English only',
      slug: `${tag}-english-only`,
      body: 'Body',
      column: 'news_brief',
      releasedAt: '2026-03-01T08:00:00.000Z',
      source: 'Test',
      editor: 'Test',
    });
    const answer = await admin('POST', `${collectionPath(ARTICLE)}?locale=zh-Hans`, {
      title: '只有中文',
      slug: `${tag}-english-only`,
      body: '正文',
      column: 'news_brief',
      releasedAt: '2026-03-01T08:00:00.000Z',
      source: '测试',
      editor: '测试',
    });
    expect(answer.status, describeAnswer(answer)).toBe(400);
    expect(errorOf(answer).message).toContain(
      `网址标识 ${tag}-english-only 已被另一文章「English only」使用`,
    );
    // In English, where the article has a version, the admin's slug field is told it is taken.
    const availability = await checkAvailability(ARTICLE, 'en', `${tag}-english-only`);
    expect(availability.status, describeAnswer(availability)).toBe(200);
    expect(availability.body).toMatchObject({ isAvailable: false, suggestion: `${tag}-english-only-2` });
  });

  it('refuses a slug that breaks the rule already when a draft is saved', async () => {
    const answer = await admin('POST', `${collectionPath(CITY)}?locale=zh-Hans`, city('测试二城', '济南 Hi'));
    expect(answer.status, describeAnswer(answer)).toBe(400);
    expect(errorOf(answer).message).toContain('网址标识 济南 Hi 只能用小写英文字母、数字和单个连字符');
    expect(errorOf(answer).paths).toEqual(['slug']);
  });
});

describe('the slug field suggests an ASCII slug from a Chinese title', () => {
  const generate = (data: Record<string, unknown>) =>
    admin('POST', '/content-manager/uid/generate?locale=zh-Hans', {
      contentTypeUID: CITY,
      field: 'slug',
      data,
    });

  it('spells the title in pinyin, and numbers it when taken', async () => {
    const first = await generate({ name: '测试三城' });
    expect(first.status, describeAnswer(first)).toBe(200);
    expect(first.body.data).toBe('ce-shi-san-cheng');
    await createDraft(CITY, 'zh-Hans', city('测试三城', 'ce-shi-san-cheng'));
    expect((await generate({ name: '测试三城' })).body.data).toBe('ce-shi-san-cheng-2');
  });

  it("keeps Strapi's suggestion for a Latin title, numbered past every locale's slugs", async () => {
    expect((await generate({ name: 'Jinan' })).body.data).toBe('jinan-2');
  });
});

describe('a new language version shares its document’s slug', () => {
  const article = (title: string, slug: string) => ({
    title,
    slug,
    body: '正文',
    column: 'news_brief',
    releasedAt: '2026-03-01T08:00:00.000Z',
    source: '测试',
    editor: '测试',
  });

  it('suggests the Chinese version’s slug for the English form, not one from its empty title', async () => {
    const slug = `${tag}-shared-suggestion`;
    const documentId = await createDraft(ARTICLE, 'zh-Hans', article('共用网址标识', slug));
    // What the admin's slug field asks when the English form opens: the document as data.id.
    const suggested = await admin('POST', '/content-manager/uid/generate?locale=en', {
      contentTypeUID: ARTICLE,
      field: 'slug',
      data: { id: documentId },
    });
    expect(suggested.status, describeAnswer(suggested)).toBe(200);
    expect(suggested.body.data).toBe(slug);
  });

  it('does not call the shared slug taken on the English form of its own document', async () => {
    const slug = `${tag}-shared-availability`;
    const documentId = await createDraft(ARTICLE, 'zh-Hans', article('共用网址标识可用', slug));
    // The English form has the Chinese slug (suggested above) and asks whether it is free in en.
    const english = await checkAvailability(ARTICLE, 'en', slug);
    expect(english.status, describeAnswer(english)).toBe(200);
    expect(english.body).toMatchObject({ isAvailable: true, suggestion: null });
    // In Chinese another document would clash with it, and once the English version exists, so would
    // another English one.
    expect((await checkAvailability(ARTICLE, 'zh-Hans', slug)).body).toMatchObject({
      isAvailable: false,
      suggestion: `${slug}-2`,
    });
    const saved = await admin(
      'PUT',
      `${collectionPath(ARTICLE, documentId)}?locale=en`,
      article('Shared', slug),
    );
    expect(saved.status, describeAnswer(saved)).toBe(200);
    expect((await checkAvailability(ARTICLE, 'en', slug)).body).toMatchObject({ isAvailable: false });
  });

  it('still refuses the save of another document the availability check let through', async () => {
    // The check cannot tell a new English version from a new English document (the admin sends
    // no documentId), so for a slug whose document has no English version it says "free"; the
    // save knows the document and refuses another one.
    const slug = `${tag}-shared-other`;
    await createDraft(ARTICLE, 'zh-Hans', article('共用网址标识他用', slug));
    expect((await checkAvailability(ARTICLE, 'en', slug)).body).toMatchObject({ isAvailable: true });
    const other = await admin('POST', `${collectionPath(ARTICLE)}?locale=en`, article('Another', slug));
    expect(other.status, describeAnswer(other)).toBe(400);
    expect(errorOf(other).message).toContain(`网址标识 ${slug} 已被另一文章「共用网址标识他用」使用`);
  });

  it("saves the English version under the Chinese version's slug whatever slug the form sent", async () => {
    const slug = `${tag}-shared-save`;
    const documentId = await createDraft(ARTICLE, 'zh-Hans', article('共用网址标识保存', slug));
    const saved = await admin(
      'PUT',
      `${collectionPath(ARTICLE, documentId)}?locale=en`,
      article('Shared slug', 'article'),
    );
    expect(saved.status, describeAnswer(saved)).toBe(200);
    expect(entryOf(saved).slug).toBe(slug);
  });
});
