// The suggestion form's endpoint (建言献策) on its own real Strapi: validation in the form's language,
// the no-JavaScript redirect, the honeypot, the per-IP limit, and what editors see in the admin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { createDatabase, postgresStrapiEnv } from '../test-harness/postgres/throwaway-postgres.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const SITE_URL = 'https://www.select-shandong.test';
const RATE_LIMIT_MAX = 30;
const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>';

type Json = Record<string, unknown>;

let instance: ThrowawayStrapi;
let strapi: RunningStrapi;
let adminJwt = '';

const valid = (extra: Record<string, string> = {}) => ({
  name: '王明',
  email: 'wang@example.com',
  subject: '关于项目库的建议',
  message: '希望项目库能按投资额筛选。',
  language: 'zh-Hans',
  ...extra,
});

async function postJson(body: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${strapi.url}/api/suggestions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE_URL },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? (JSON.parse(text) as Json) : { text } };
}

async function postForm(fields: Record<string, string>) {
  const response = await fetch(`${strapi.url}/api/suggestions`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
}

/** Every stored suggestion, read the way an editor's admin reads them (content-manager API). */
async function storedSuggestions(): Promise<Json[]> {
  const response = await fetch(
    `${strapi.url}/content-manager/collection-types/api::suggestion.suggestion?page=1&pageSize=100`,
    { headers: { authorization: `Bearer ${adminJwt}` } },
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: Json[] }).results;
}

const errorMessage = (body: Json) => String((body.error as Json | undefined)?.message);

beforeAll(async () => {
  // Its own Strapi (own rate-limit budget and data), on PostgreSQL when the project runs on it.
  const postgres = inject('postgres');
  if (postgres) createDatabase(postgres, 'strapi_suggestions');
  const database = postgres ? postgresStrapiEnv(postgres, 'strapi_suggestions') : {};
  instance = throwawayStrapi({ ...database, SITE_URL, SUGGESTION_RATE_LIMIT_MAX: String(RATE_LIMIT_MAX) });
  strapi = await instance.start();
  adminJwt = await registerFirstAdmin(strapi.url, 'editor@example.com');
});

afterAll(async () => {
  await strapi?.stop();
  instance?.remove();
});

describe('suggestions', () => {
  it('stores a valid JSON post and lets editors, not the public, read it', async () => {
    const created = await postJson({ data: valid() });
    expect(created.status).toBe(201);
    const documentId = String((created.body.data as Json).documentId);
    expect((await fetch(`${strapi.url}/api/suggestions`)).status).toBe(403);
    expect((await fetch(`${strapi.url}/api/suggestions/${documentId}`)).status).toBe(403);
    const stored = (await storedSuggestions()).find((s) => s.documentId === documentId);
    expect(stored).toMatchObject(valid());
  });

  it('redirects a plain form post to the thank-you page of its language on SITE_URL', async () => {
    const zh = await postForm(valid({ subject: '无脚本中文表单' }));
    expect(zh.status).toBe(303);
    expect(zh.location).toBe(`${SITE_URL}/suggestions/thanks/`);
    const en = await postForm(valid({ subject: 'Form without JavaScript', language: 'en' }));
    expect(en.status).toBe(303);
    expect(en.location).toBe(`${SITE_URL}/en/suggestions/thanks/`);
    const subjects = (await storedSuggestions()).map((s) => s.subject);
    expect(subjects).toEqual(expect.arrayContaining(['无脚本中文表单', 'Form without JavaScript']));
  });

  it('refuses missing fields and a bad email with 400, naming the field in the form’s language', async () => {
    const zh = await postJson({ data: valid({ name: '', email: 'not-an-address' }) });
    expect(zh.status).toBe(400);
    expect(errorMessage(zh.body)).toContain('请填写“姓名”');
    expect(errorMessage(zh.body)).toContain('“电子邮箱”格式不正确');
    const errors = ((zh.body.error as Json).details as { errors: Array<{ path: string[] }> }).errors;
    expect(errors.map((e) => e.path[0])).toEqual(['name', 'email']);
    const en = await postJson({
      data: { language: 'en', name: 'Li', email: 'li@example.com', subject: 'Hi' },
    });
    expect(en.status).toBe(400);
    expect(errorMessage(en.body)).toContain('Suggestion is required: please fill it in.');
    const form = await postForm({ ...valid({ language: 'en' }), email: 'li@' });
    expect(form.status).toBe(400);
    expect(form.text).toContain('<html lang="en">');
    expect(form.text).toContain('Email must be an address like name@example.com.');
    expect(form.text).toContain(`href="${SITE_URL}/en/suggestions/"`);
  });

  it('refuses an over-long message with the limit, and a 1 MB body without falling over', async () => {
    const long = await postJson({ data: valid({ message: '长'.repeat(5000) }) });
    expect(long.status).toBe(400);
    expect(errorMessage(long.body)).toContain('“建议内容”最多 2000 个字符，您输入了 5000 个');
    // Characters, not UTF-16 units: 60 emoji fill the 60-character name exactly.
    const emoji = await postJson({ data: valid({ name: '😀'.repeat(60), subject: 'emoji name' }) });
    expect(emoji.status, JSON.stringify(emoji.body)).toBe(201);
    const tooMany = await postJson({ data: valid({ name: '😀'.repeat(61) }) });
    expect(errorMessage(tooMany.body)).toContain('“姓名”最多 60 个字符，您输入了 61 个');
    const huge = await postJson({ data: valid({ language: 'en', message: 'a'.repeat(1024 * 1024) }) });
    expect([400, 413]).toContain(huge.status);
    expect((await fetch(`${strapi.url}/api/articles`)).status).toBe(200);
  });

  it('stores a script payload as plain text and never echoes it', async () => {
    const created = await postJson({ data: valid({ subject: 'script payload', message: SCRIPT }) });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain('<script');
    const stored = (await storedSuggestions()).find((s) => s.subject === 'script payload');
    expect(stored?.message).toBe(SCRIPT);
  });

  it('answers a filled honeypot exactly like a real post and stores nothing', async () => {
    const real = await postJson({ data: valid({ subject: 'real post beside the honeypot' }) });
    const json = await postJson({
      data: valid({ subject: 'honeypot json', website: 'http://spam.example' }),
    });
    expect(json.status).toBe(201);
    // Same shape, same kind of id: a bot cannot tell it was caught.
    const shape = (body: Json) => JSON.stringify(body).replace(/"documentId":"[a-z0-9]{24}"/, 'ID');
    expect(shape(json.body)).toBe(shape(real.body));
    expect(String((json.body.data as Json).documentId)).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(String((real.body.data as Json).documentId)).toMatch(/^[a-z][a-z0-9]{23}$/);
    const form = await postForm(valid({ subject: 'honeypot form', website: 'http://spam.example' }));
    expect(form.status).toBe(303);
    const subjects = (await storedSuggestions()).map((s) => s.subject);
    expect(subjects).not.toContain('honeypot json');
    expect(subjects).not.toContain('honeypot form');
  });

  it('rate-limits a burst of 200 posts from one IP while reads keep answering', async () => {
    const posts = Array.from({ length: 200 }, (_, i) =>
      postJson({ data: valid({ subject: `burst ${i}`, language: 'en' }) }),
    );
    const reads = Array.from({ length: 10 }, () => fetch(`${strapi.url}/api/articles`).then((r) => r.status));
    const results = await Promise.all(posts);
    expect(await Promise.all(reads)).toEqual(Array(10).fill(200));
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(200 - RATE_LIMIT_MAX);
    expect(results.every((r) => r.status === 201 || r.status === 429)).toBe(true);
    expect(errorMessage(limited[0]?.body ?? {})).toMatch(/^Too many suggestions/);
    const form = await postForm(valid());
    expect(form.status).toBe(429);
    expect(form.text).toContain('提交过于频繁');
    expect((await fetch(`${strapi.url}/api/articles`)).status).toBe(200);
    const stored = (await storedSuggestions()).filter((s) => String(s.subject).startsWith('burst '));
    expect(stored.length).toBe(200 - limited.length);
  });
});
