// The Editor and Author roles work in every locale. Strapi makes them on the first start, before
// bootstrap adds zh-Hans, so their permissions named no Chinese locale and an Editor got 403 on
// every Chinese entry (issue 9); bootstrap now puts them back on every start. Users are invited
// and registered through the admin API as a super admin does it in 设置 › 管理员.
import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedAdminJwt } from '../test-harness/support/admin.ts';
import {
  type AdminCall,
  adminClient,
  collectionPath,
  createAdminUser,
  describeAnswer,
  entryOf,
} from '../test-harness/support/content-manager.ts';

const { url } = inject('seededStrapi');
const ARTICLE = 'api::article.article';
const tag = `role${Date.now().toString(36)}`;

let superAdmin: AdminCall;
let editor: AdminCall;
let author: AdminCall;
const created: string[] = [];

const article = (locale: 'zh-Hans' | 'en', slug: string) => ({
  title: locale === 'en' ? `Role test ${slug}` : `角色测试 ${slug}`,
  slug,
  body: locale === 'en' ? 'Body.' : '正文。',
  column: 'news_brief',
  releasedAt: '2026-03-01T08:00:00.000Z',
  source: locale === 'en' ? 'Test' : '测试',
  editor: locale === 'en' ? 'Test' : '测试',
});

/** Creates an article draft as `caller`; returns its documentId. */
async function createArticle(caller: AdminCall, slug: string): Promise<string> {
  const answer = await caller('POST', `${collectionPath(ARTICLE)}?locale=zh-Hans`, article('zh-Hans', slug));
  expect(answer.status, describeAnswer(answer)).toBe(201);
  const { documentId } = entryOf(answer) as { documentId: string };
  created.push(documentId);
  return documentId;
}

beforeAll(async () => {
  superAdmin = adminClient(url, await sharedAdminJwt(url));
  const [editorJwt, authorJwt] = await Promise.all([
    createAdminUser(url, superAdmin, {
      email: `${tag}-editor@example.com`,
      firstname: '编辑',
      roleCode: 'strapi-editor',
    }),
    createAdminUser(url, superAdmin, {
      email: `${tag}-author@example.com`,
      firstname: '作者',
      roleCode: 'strapi-author',
    }),
  ]);
  editor = adminClient(url, editorJwt);
  author = adminClient(url, authorJwt);
});

afterAll(async () => {
  for (const documentId of created) {
    for (const locale of ['zh-Hans', 'en'])
      await superAdmin('DELETE', `${collectionPath(ARTICLE, documentId)}?locale=${locale}`);
  }
});

describe('an Editor works in every locale', () => {
  it('opens a seeded Chinese article (was 403)', async () => {
    const slug = demoContent.articles[0]?.slug;
    const list = await editor('GET', `${collectionPath(ARTICLE)}?locale=zh-Hans&filters[slug][$eq]=${slug}`);
    expect(list.status, describeAnswer(list)).toBe(200);
    const [seeded] = list.body.results as Array<{ documentId: string }>;
    expect(seeded, `no seeded article ${slug}`).toBeDefined();
    const opened = await editor('GET', `${collectionPath(ARTICLE, seeded?.documentId)}?locale=zh-Hans`);
    expect(opened.status, describeAnswer(opened)).toBe(200);
  });

  it('creates, edits and publishes an article in zh-Hans and en', async () => {
    const slug = `${tag}-editor`;
    const documentId = await createArticle(editor, slug);
    const entry = collectionPath(ARTICLE, documentId);
    const zh = { ...article('zh-Hans', slug), title: '编辑改过的标题' };
    const edited = await editor('PUT', `${entry}?locale=zh-Hans`, zh);
    expect(edited.status, describeAnswer(edited)).toBe(200);
    const published = await editor('POST', `${entry}/actions/publish?locale=zh-Hans`, zh);
    expect(published.status, describeAnswer(published)).toBe(200);
    expect(entryOf(published).publishedAt).toBeTruthy();

    const en = article('en', slug);
    const translated = await editor('PUT', `${entry}?locale=en`, en);
    expect(translated.status, describeAnswer(translated)).toBe(200);
    const editedEn = await editor('PUT', `${entry}?locale=en`, { ...en, title: 'Edited by the editor' });
    expect(editedEn.status, describeAnswer(editedEn)).toBe(200);
    const publishedEn = await editor('POST', `${entry}/actions/publish?locale=en`, {
      ...en,
      title: 'Edited by the editor',
    });
    expect(publishedEn.status, describeAnswer(publishedEn)).toBe(200);
    expect(entryOf(publishedEn).publishedAt).toBeTruthy();
  });
});

describe('a locale added while Strapi runs', () => {
  it('is open to the Editor at once', async () => {
    const added = await superAdmin('POST', '/i18n/locales', {
      code: 'ko',
      name: 'Korean (ko)',
      isDefault: false,
    });
    expect(added.status, describeAnswer(added)).toBe(200);
    try {
      const documentId = await createArticle(editor, `${tag}-korean`);
      const korean = await editor(
        'PUT',
        `${collectionPath(ARTICLE, documentId)}?locale=ko`,
        article('en', `${tag}-korean`),
      );
      expect(korean.status, describeAnswer(korean)).toBe(200);
      await editor('DELETE', `${collectionPath(ARTICLE, documentId)}?locale=ko`);
    } finally {
      await superAdmin('DELETE', `/i18n/locales/${(added.body as { id?: number }).id}`);
    }
  });
});

describe('an Author writes but does not publish', () => {
  it('creates and edits an article in zh-Hans and en, and gets 403 on publish', async () => {
    const slug = `${tag}-author`;
    const documentId = await createArticle(author, slug);
    const entry = collectionPath(ARTICLE, documentId);
    const edited = await author('PUT', `${entry}?locale=zh-Hans`, {
      ...article('zh-Hans', slug),
      title: '作者改过的标题',
    });
    expect(edited.status, describeAnswer(edited)).toBe(200);
    const translated = await author('PUT', `${entry}?locale=en`, article('en', slug));
    expect(translated.status, describeAnswer(translated)).toBe(200);

    const publish = await author('POST', `${entry}/actions/publish?locale=zh-Hans`, article('zh-Hans', slug));
    expect(publish.status, describeAnswer(publish)).toBe(403);
    const stored = await superAdmin('GET', `${entry}?locale=zh-Hans`);
    expect(entryOf(stored).publishedAt ?? null).toBeNull();
    expect(entryOf(stored).title).toBe('作者改过的标题');
  });

  it('cannot edit an article somebody else wrote', async () => {
    const documentId = await createArticle(editor, `${tag}-not-yours`);
    const answer = await author('PUT', `${collectionPath(ARTICLE, documentId)}?locale=zh-Hans`, {
      title: '改别人的',
    });
    expect(answer.status, describeAnswer(answer)).toBe(403);
  });
});

describe('the roles as the admin lists them (设置 › 管理员角色)', () => {
  it('are named and described in Chinese, and still found by their code', async () => {
    const answer = await superAdmin('GET', '/admin/roles');
    expect(answer.status, describeAnswer(answer)).toBe(200);
    const roles = answer.body.data as Array<{ code: string; name: string; description: string }>;
    const byCode = new Map(roles.map((role) => [role.code, role]));
    expect(byCode.get('strapi-editor')).toMatchObject({
      name: '编辑',
      description: expect.stringContaining('发布'),
    });
    expect(byCode.get('strapi-author')).toMatchObject({
      name: '作者',
      description: expect.stringContaining('不能发布'),
    });
  });
});
