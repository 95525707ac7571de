// The content API of a real, seeded Strapi: counts, the public role's limits, drafts, the token.

import { demoContent } from '@select-shandong/cms/seed/fixtures';
import {
  API_TYPES,
  CMS_LOCALES,
  COLLECTION_TYPES,
  type CollectionTypeName,
  SINGLE_TYPES,
} from '@select-shandong/shared-types';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedAdminJwt } from '../test-harness/support/admin.ts';

const { url, token } = inject('seededStrapi');

type Json = Record<string, unknown>;

async function api(
  path: string,
  init: RequestInit & { auth?: string } = {},
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.auth) headers.authorization = `Bearer ${init.auth}`;
  const response = await fetch(`${url}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} };
}

const total = (body: Json) => (body.meta as { pagination: { total: number } }).pagination.total;
const list = (body: Json) => body.data as Json[];

/** The demo fixtures of each collection type (a new type fails to compile until it has some). */
const FIXTURES: Record<CollectionTypeName, Array<{ en?: unknown }>> = {
  article: demoContent.articles,
  city: demoContent.cities,
  industry: demoContent.industries,
  park: demoContent.parks,
  contact: demoContent.contacts,
  project: demoContent.projects,
  policy: demoContent.policies,
  event: demoContent.events,
  job: demoContent.jobs,
};
const COLLECTION_PATHS = COLLECTION_TYPES.map((type) => API_TYPES[type].path);
const SINGLE_PATHS = SINGLE_TYPES.map((type) => API_TYPES[type].path);
const EXPECTED = COLLECTION_TYPES.map((type): [collection: string, items: Array<{ en?: unknown }>] => [
  API_TYPES[type].path,
  FIXTURES[type],
]);

describe('seeded content', () => {
  it.each(EXPECTED)(
    '%s: every fixture is published in zh-Hans, and in en where it has English',
    async (collection, items) => {
      const zh = await api(`/api/${collection}?locale=zh-Hans&pagination[pageSize]=1`, { auth: token });
      const en = await api(`/api/${collection}?locale=en&pagination[pageSize]=1`, { auth: token });
      expect(zh.status).toBe(200);
      expect(total(zh.body)).toBe(items.length);
      expect(total(en.body)).toBe(items.filter((item) => item.en).length);
    },
  );

  it('meets the demo-content minimums', () => {
    expect(demoContent.cities).toHaveLength(16);
    expect(demoContent.industries).toHaveLength(10);
    expect(demoContent.parks.length).toBeGreaterThanOrEqual(24);
    expect(new Set(demoContent.parks.map((p) => p.parkType)).size).toBe(3);
    expect(new Set(demoContent.parks.map((p) => p.city)).size).toBeGreaterThanOrEqual(10);
    expect(demoContent.contacts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(demoContent.contacts.map((c) => c.category)).size).toBe(4);
    expect(demoContent.projects.length).toBeGreaterThanOrEqual(20);
    expect(demoContent.articles.length).toBeGreaterThanOrEqual(80);
    const english = demoContent.articles.filter((a) => a.en).length;
    expect(english * 3).toBeGreaterThanOrEqual(demoContent.articles.length);
  });

  it('keeps the ten industries in their official order', async () => {
    const { body } = await api('/api/industries?locale=zh-Hans&sort=order:asc&pagination[pageSize]=10');
    expect(list(body).map((i) => i.name)).toEqual([
      '新一代信息技术',
      '高端装备',
      '新能源新材料',
      '现代海洋',
      '医养健康',
      '高端化工',
      '现代高效农业',
      '文化创意',
      '精品旅游',
      '现代金融服务',
    ]);
  });

  it('publishes the single types in both locales', async () => {
    for (const single of SINGLE_PATHS) {
      for (const locale of CMS_LOCALES) {
        const { status, body } = await api(`/api/${single}?locale=${locale}`);
        expect(status, `${single} ${locale}`).toBe(200);
        expect((body.data as Json).locale).toBe(locale);
      }
    }
  });

  // Seeding again changes nothing: seed-idempotence.int.test.ts (it owns a second boot).
});

describe('the public role', () => {
  let someDocumentId = '';
  beforeAll(async () => {
    const { body } = await api('/api/articles?pagination[pageSize]=1');
    someDocumentId = String(list(body)[0]?.documentId);
  });

  it.each(COLLECTION_PATHS)('reads %s but cannot create, update or delete them', async (collection) => {
    expect((await api(`/api/${collection}`)).status).toBe(200);
    const { body } = await api(`/api/${collection}?pagination[pageSize]=1`);
    const documentId = String(list(body)[0]?.documentId);
    const payload = JSON.stringify({ data: { slug: 'intruder' } });
    expect((await api(`/api/${collection}`, { method: 'POST', body: payload })).status).toBe(403);
    expect((await api(`/api/${collection}/${documentId}`, { method: 'PUT', body: payload })).status).toBe(
      403,
    );
    expect((await api(`/api/${collection}/${documentId}`, { method: 'DELETE' })).status).toBe(403);
  });

  it('cannot change the single types', async () => {
    for (const single of SINGLE_PATHS) {
      const payload = JSON.stringify({ data: { title: 'x', siteName: 'x' } });
      expect((await api(`/api/${single}`, { method: 'PUT', body: payload })).status).toBe(403);
      expect((await api(`/api/${single}`, { method: 'DELETE' })).status).toBe(403);
    }
  });

  it('creates a suggestion but can never read, change or delete one', async () => {
    const data = {
      name: '王明',
      email: 'wang@example.com',
      subject: '建议',
      message: '希望增加英文版项目库。',
    };
    const created = await api('/api/suggestions', { method: 'POST', body: JSON.stringify({ data }) });
    expect(created.status).toBe(201);
    const documentId = String((created.body.data as Json).documentId);
    expect((await api('/api/suggestions')).status).toBe(403);
    expect((await api(`/api/suggestions/${documentId}`)).status).toBe(403);
    const payload = JSON.stringify({ data: { message: 'changed' } });
    expect((await api(`/api/suggestions/${documentId}`, { method: 'PUT', body: payload })).status).toBe(403);
    expect((await api(`/api/suggestions/${documentId}`, { method: 'DELETE' })).status).toBe(403);
    expect(someDocumentId).not.toBe('undefined');
  });
});

describe('drafts', () => {
  let adminJwt = '';
  let draftOnlyId = '';
  let changedId = '';
  const DRAFT_SLUG = 'draft-never-public';
  const DRAFT_TITLE = '尚未发布的草稿标题';

  beforeAll(async () => {
    adminJwt = await sharedAdminJwt(url);
    const cm = `/content-manager/collection-types/${API_TYPES.article.uid}`;
    const draft = await api(`${cm}?locale=zh-Hans`, {
      method: 'POST',
      auth: adminJwt,
      body: JSON.stringify({
        title: DRAFT_TITLE,
        slug: DRAFT_SLUG,
        body: '草稿正文',
        column: 'news_brief',
        releasedAt: '2026-11-01T08:00:00.000Z',
        source: '测试',
        editor: '测试',
      }),
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    draftOnlyId = String((draft.body.data as Json).documentId);
    // A published article whose draft now differs: the public must keep seeing the published title.
    const { body } = await api('/api/articles?locale=zh-Hans&pagination[pageSize]=1&sort=id:asc');
    changedId = String(list(body)[0]?.documentId);
    const edit = await api(`${cm}/${changedId}?locale=zh-Hans`, {
      method: 'PUT',
      auth: adminJwt,
      body: JSON.stringify({ title: DRAFT_TITLE }),
    });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
  });

  const statusQueries = [
    'status=draft',
    'status=DRAFT',
    'status[0]=draft',
    'status[$eq]=draft',
    'status=modified',
    'status=',
    'publicationState=preview',
    'hasPublishedVersion=false',
  ];

  it.each(statusQueries)('anonymous ?%s yields no draft', async (query) => {
    const listed = await api(
      `/api/articles?${query}&locale=zh-Hans&pagination[pageSize]=100&filters[title][$eq]=${encodeURIComponent(DRAFT_TITLE)}`,
    );
    expect([200, 400]).toContain(listed.status);
    if (listed.status === 200) expect(list(listed.body)).toHaveLength(0);
    const one = await api(`/api/articles/${draftOnlyId}?${query}&locale=zh-Hans`);
    expect(one.status).toBeGreaterThanOrEqual(400);
    const changed = await api(`/api/articles/${changedId}?${query}&locale=zh-Hans`);
    if (changed.status === 200) expect((changed.body.data as Json).title).not.toBe(DRAFT_TITLE);
  });

  it('refuses to publish an image without alternative text, and publishes once it has one', async () => {
    // A 1×1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    const form = new FormData();
    form.append('files', new Blob([png], { type: 'image/png' }), 'cover.png');
    const uploaded = await fetch(`${url}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminJwt}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const [file] = (await uploaded.json()) as Array<{ id: number }>;
    const cm = `/content-manager/collection-types/${API_TYPES.article.uid}`;
    const created = await api(`${cm}?locale=zh-Hans`, {
      method: 'POST',
      auth: adminJwt,
      body: JSON.stringify({
        title: '带图片的文章',
        slug: 'article-with-cover',
        body: '正文',
        column: 'news_brief',
        releasedAt: '2026-11-02T08:00:00.000Z',
        source: '测试',
        editor: '测试',
        cover: file?.id,
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const documentId = String((created.body.data as Json).documentId);
    const publish = () =>
      api(`${cm}/${documentId}/actions/publish?locale=zh-Hans`, {
        method: 'POST',
        auth: adminJwt,
        body: '{}',
      });
    const refused = await publish();
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('替代文字');
    const info = new FormData();
    info.append('fileInfo', JSON.stringify({ alternativeText: '济南高新区夜景', name: 'cover.png' }));
    const altSet = await fetch(`${url}/upload?id=${file?.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminJwt}` },
      body: info,
    });
    expect(altSet.status).toBe(200);
    expect((await publish()).status).toBe(200);
    const published = await api(
      `/api/articles/${documentId}?locale=zh-Hans&populate[cover][fields][0]=alternativeText`,
    );
    expect(((published.body.data as Json).cover as Json).alternativeText).toBe('济南高新区夜景');
  });

  it('the build token does not get drafts either', async () => {
    const listed = await api(`/api/articles?status=draft&locale=zh-Hans&filters[slug][$eq]=${DRAFT_SLUG}`, {
      auth: token,
    });
    expect(listed.status).toBe(200);
    expect(list(listed.body)).toHaveLength(0);
  });
});

describe('the build token', () => {
  it('reads content', async () => {
    const { status, body } = await api('/api/cities?locale=en&pagination[pageSize]=1', { auth: token });
    expect(status).toBe(200);
    expect(total(body)).toBe(16);
  });

  it('cannot write', async () => {
    const payload = JSON.stringify({ data: { slug: 'intruder' } });
    expect((await api('/api/articles', { method: 'POST', body: payload, auth: token })).status).toBe(403);
  });

  it('a wrong token is refused with 401', async () => {
    expect((await api('/api/articles', { auth: 'not-a-real-token' })).status).toBe(401);
  });
});
