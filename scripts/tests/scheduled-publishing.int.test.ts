// Scheduled publishing (定时发布时间) against a real Strapi: a draft saved through the admin's
// content-manager API with a publication time a few seconds ahead stays out of the content API
// until then, is published by the scheduler's tick without anyone pressing Publish, and Strapi's
// publish webhook fires for it. Publishing before its time is refused with a Chinese message.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const CM = '/content-manager/collection-types/api::article.article';
const SECRET = 'test-webhook-secret-scheduled-0123';
// Far enough ahead that saving the draft and the first reads finish before it on a busy machine.
const LEAD_MS = 8000;

interface Webhook {
  event: string;
  model: string;
  entry: { documentId?: string; locale?: string };
  secret: string | undefined;
}

let cms: ThrowawayStrapi;
let strapi: RunningStrapi;
let receiver: http.Server;
let adminJwt = '';
const webhooks: Webhook[] = [];

async function admin(
  route: string,
  method = 'GET',
  body?: object,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${strapi.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/** The published zh-Hans article with `slug` as the site's build reads it, or undefined. */
async function contentApiArticle(slug: string): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(`${strapi.url}/api/articles?filters[slug][$eq]=${slug}&locale=zh-Hans`, {
    headers: { authorization: `Bearer ${strapi.token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Record<string, unknown>[] }).data[0];
}

const article = (slug: string, fields: object) => ({
  title: `定时发布测试 ${slug}`,
  slug,
  body: '定时发布测试正文。',
  column: 'investment_news',
  releasedAt: new Date(Date.now() - 60_000).toISOString(),
  source: '山东省商务厅',
  editor: '测试编辑',
  ...fields,
});

/** What the admin's 定时发布 widget shows for one document (GET /site-schedule/status). */
async function scheduleOf(documentId: string): Promise<{ state: string; text: Record<string, string> }> {
  const { status, json } = await admin('/site-schedule/status');
  expect(status, JSON.stringify(json)).toBe(200);
  const items = (json as { data: Array<{ documentId: string; state: string; text: Record<string, string> }> })
    .data;
  const item = items.find((candidate) => candidate.documentId === documentId);
  if (!item) throw new Error(`${documentId} is not in the schedule: ${JSON.stringify(items)}`);
  return item;
}

/** Saves a draft as the admin's Save button does; returns its documentId. */
async function saveDraft(fields: object): Promise<string> {
  const created = await admin(`${CM}?locale=zh-Hans`, 'POST', fields);
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return (created.json as { data: { documentId: string } }).data.documentId;
}

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      const payload = JSON.parse(body) as Omit<Webhook, 'secret'>;
      const secret = request.headers['x-rebuild-secret'];
      webhooks.push({ ...payload, secret: typeof secret === 'string' ? secret : undefined });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  cms = throwawayStrapi();
  strapi = await cms.start({
    SCHEDULED_PUBLISH_INTERVAL_SECONDS: '1',
    REBUILD_WEBHOOK_URL: `http://127.0.0.1:${port}/webhook`,
    WEBHOOK_SECRET: SECRET,
  });
  adminJwt = await registerFirstAdmin(strapi.url, 'schedule@example.com');
}, 300_000);

afterAll(async () => {
  await strapi?.stop();
  cms?.remove();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('scheduled publishing', () => {
  it('keeps a scheduled draft off the content API until its time, then publishes it and fires the webhook', async () => {
    const slug = 'scheduled-in-seconds';
    const publishAt = new Date(Date.now() + LEAD_MS);
    const documentId = await saveDraft(article(slug, { publishAt: publishAt.toISOString() }));

    expect(await contentApiArticle(slug)).toBeUndefined();
    // Several ticks pass (one a second) while it is still ahead: none publishes it early.
    while (Date.now() < publishAt.getTime() - 1500) {
      expect(await contentApiArticle(slug)).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(webhooks.filter((webhook) => webhook.entry.documentId === documentId)).toEqual([]);

    let live: Record<string, unknown> | undefined;
    const deadline = publishAt.getTime() + 60_000;
    while (!live && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      live = await contentApiArticle(slug);
    }
    expect(
      live,
      `not published within 60 s of ${publishAt.toISOString()}:\n${strapi.recentLog()}`,
    ).toBeDefined();
    expect(Date.parse(String(live?.publishedAt))).toBeGreaterThanOrEqual(publishAt.getTime());
    expect(live?.documentId).toBe(documentId);
    // The schedule is used up: the published version and the draft agree, nothing to publish again.
    expect(live?.publishAt).toBeNull();
    const draft = await admin(`${CM}/${documentId}?locale=zh-Hans`);
    expect((draft.json as { data: { status: string; publishAt: unknown } }).data).toMatchObject({
      status: 'published',
      publishAt: null,
    });

    for (let i = 0; i < 50 && !webhooks.some((webhook) => webhook.entry.documentId === documentId); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const fired = webhooks.filter((webhook) => webhook.entry.documentId === documentId);
    expect(
      fired.map(({ event, model, entry, secret }) => ({ event, model, locale: entry.locale, secret })),
    ).toEqual([{ event: 'entry.publish', model: 'article', locale: 'zh-Hans', secret: SECRET }]);
  });

  it("does not publish an Author's schedule (Authors may not publish) until an Editor saves it again", async () => {
    const roles = (await admin('/admin/roles')).json as { data: { id: number; code: string }[] };
    const author = roles.data.find((role) => role.code === 'strapi-author');
    const invited = await admin('/admin/users', 'POST', {
      firstname: 'Test',
      lastname: 'Author',
      email: 'author@example.com',
      roles: [author?.id],
    });
    expect(invited.status, JSON.stringify(invited.json)).toBe(201);
    const { registrationToken } = (invited.json as { data: { registrationToken: string } }).data;
    const registered = await fetch(`${strapi.url}/admin/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        registrationToken,
        userInfo: { firstname: 'Test', lastname: 'Author', password: 'Author-Passw0rd!' },
      }),
    });
    const authorJwt = ((await registered.json()) as { data: { token: string } }).data.token;

    const slug = 'scheduled-by-an-author';
    const publishAt = new Date(Date.now() + 2000);
    const fields = article(slug, { publishAt: publishAt.toISOString() });
    const created = await fetch(`${strapi.url}${CM}?locale=zh-Hans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${authorJwt}` },
      body: JSON.stringify(fields),
    });
    const createdBody = await created.text();
    expect(created.status, createdBody).toBe(201);
    const documentId = (JSON.parse(createdBody) as { data: { documentId: string } }).data.documentId;

    // Several ticks after its time, it is still a draft.
    while (Date.now() < publishAt.getTime() + 5000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(await contentApiArticle(slug)).toBeUndefined();
    const draft = (await admin(`${CM}/${documentId}?locale=zh-Hans`)).json as {
      data: { status: string; publishAt: string | null };
    };
    expect(draft.data).toMatchObject({ status: 'draft', publishAt: publishAt.toISOString() });
    // The admin's home page tells the editor why, and what to do.
    const shown = await scheduleOf(documentId);
    expect(shown.state).toBe('refused');
    expect(shown.text['zh-Hans']).toContain(`文章《定时发布测试 ${slug}》（中文版）未能按时发布`);
    expect(shown.text['zh-Hans']).toContain('请由编辑打开它并保存一次');

    // An administrator (who may publish) saves it unchanged: the next tick publishes it.
    const saved = await admin(`${CM}/${documentId}?locale=zh-Hans`, 'PUT', fields);
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    let live: Record<string, unknown> | undefined;
    for (let i = 0; i < 240 && !live; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      live = await contentApiArticle(slug);
    }
    expect(live?.documentId, strapi.recentLog()).toBe(documentId);
  });

  it('refuses Publish on a draft scheduled for later, saying when and what to do', async () => {
    const publishAt = new Date(Date.now() + 3_600_000);
    const documentId = await saveDraft(
      article('scheduled-in-an-hour', { publishAt: publishAt.toISOString() }),
    );
    const refused = await admin(`${CM}/${documentId}/actions/publish?locale=zh-Hans`, 'POST', {});
    expect(refused.status).toBe(400);
    const error = (refused.json as { error: { message: string; details: Record<string, unknown> } }).error;
    expect(error.message).toContain('已设定定时发布时间');
    expect(error.message).toContain('请先清空“定时发布时间”');
    expect(error.details).toMatchObject({ documentId, locale: 'zh-Hans', field: 'publishAt' });
    expect(await contentApiArticle('scheduled-in-an-hour')).toBeUndefined();
    // The admin's home page shows it waiting, with its time in Beijing time.
    const beijing = new Date(publishAt.getTime() + 8 * 3_600_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    expect(await scheduleOf(documentId)).toMatchObject({
      state: 'waiting',
      text: {
        'zh-Hans': `文章《定时发布测试 scheduled-in-an-hour》（中文版）将于 ${beijing}（北京时间） 自动发布。`,
      },
    });
  });

  it('refuses to publish an article dated in the future, the embargo the issue found broken', async () => {
    const documentId = await saveDraft(article('dated-2027', { releasedAt: '2027-06-01T02:00:00.000Z' }));
    const refused = await admin(`${CM}/${documentId}/actions/publish?locale=zh-Hans`, 'POST', {});
    expect(refused.status).toBe(400);
    const error = (refused.json as { error: { message: string; details: Record<string, unknown> } }).error;
    expect(error.message).toContain('发布时间 2027-06-01 10:00（北京时间） 晚于现在');
    expect(error.details).toMatchObject({ documentId, locale: 'zh-Hans', field: 'releasedAt' });
    // Create-and-publish in one click (the admin's Publish on a new entry) is refused the same way.
    const direct = await admin(`${CM}/actions/publish?locale=zh-Hans`, 'POST', {
      ...article('dated-2027-direct', { releasedAt: '2027-06-01T02:00:00.000Z' }),
    });
    expect(direct.status).toBe(400);
    expect(await contentApiArticle('dated-2027')).toBeUndefined();
    expect(await contentApiArticle('dated-2027-direct')).toBeUndefined();
  });
});
