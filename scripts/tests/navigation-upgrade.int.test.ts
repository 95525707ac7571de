// An installation from before issue 11 has a site navigation without 政策库, 活动 and 岗位库 (the
// site's header shows the editors' items only). Made real on a throw-away Strapi: the admin saves
// and publishes the site settings with the old navigation through the content manager, then, with
// Strapi stopped, the record that the new sections were offered is removed (an older version kept
// none), and Strapi starts again. The new items appear in place, published; a draft with edits of
// its own is updated but not published; an item an editor removes afterwards stays removed. Runs on
// SQLite, and on PostgreSQL in the `postgres` project.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { createDatabase, postgresStrapiEnv } from '../test-harness/postgres/throwaway-postgres.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import {
  type AdminCall,
  adminClient,
  describeAnswer,
  entryOf,
  singlePath,
} from '../test-harness/support/content-manager.ts';
import { runSql } from '../test-harness/support/strapi-database.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const SETTINGS = singlePath('api::site-setting.site-setting');
const STORE_KEY = 'core_select-shandong_navigation-sections-offered';

interface Item {
  label: string;
  href: string;
}

const OLD = {
  'zh-Hans': [
    { label: '首页', href: '/' },
    { label: '产业项目库', href: '/projects/' },
    { label: '招才引智', href: '/talent/' },
    { label: '联络我们', href: '/contacts/' },
  ],
  en: [
    { label: 'Home', href: '/en/' },
    { label: 'Projects', href: '/en/projects/' },
    { label: 'Talent', href: '/en/talent/' },
    { label: 'Contact Us', href: '/en/contacts/' },
  ],
};

let instance: ThrowawayStrapi;
let strapi: RunningStrapi;
let admin: AdminCall;

async function restart(): Promise<void> {
  await strapi.stop();
  strapi = await instance.start();
  admin = adminClient(strapi.url, await login());
}

async function login(): Promise<string> {
  const response = await fetch(`${strapi.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'navigation@example.com', password: 'Editor-Passw0rd!' }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!body.data?.token) throw new Error(`login failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.data.token;
}

async function settings(locale: string): Promise<{ status: string; navigation: Item[] }> {
  const answer = await admin('GET', `${SETTINGS}?locale=${locale}`);
  expect(answer.status, describeAnswer(answer)).toBe(200);
  const entry = entryOf(answer);
  const navigation = (entry.navigation as Item[]).map(({ label, href }) => ({ label, href }));
  return { status: String(entry.status), navigation };
}

async function save(locale: string, data: Record<string, unknown>, publish: boolean): Promise<void> {
  const saved = await admin('PUT', `${SETTINGS}?locale=${locale}`, data);
  expect(saved.status, describeAnswer(saved)).toBe(200);
  if (!publish) return;
  const published = await admin('POST', `${SETTINGS}/actions/publish?locale=${locale}`, data);
  expect(published.status, describeAnswer(published)).toBe(200);
}

beforeAll(async () => {
  const postgres = inject('postgres');
  if (postgres) createDatabase(postgres, 'strapi_navigation_upgrade');
  instance = throwawayStrapi(postgres ? postgresStrapiEnv(postgres, 'strapi_navigation_upgrade') : {});
  strapi = await instance.start();
  admin = adminClient(strapi.url, await registerFirstAdmin(strapi.url, 'navigation@example.com'));
  // The site settings as the editors of an older installation left them: Chinese published as
  // saved; English published, then edited again without publishing.
  await save('zh-Hans', { siteName: '选择山东', navigation: OLD['zh-Hans'] }, true);
  await save('en', { siteName: 'Select Shandong', navigation: OLD.en }, true);
  await save('en', { siteName: 'Select Shandong', slogan: 'Draft slogan', navigation: OLD.en }, false);
  await strapi.stop();
  // The first start recorded the sections as offered (it had no navigation to add them to).
  await runSql(instance.env, [`DELETE FROM strapi_core_store_settings WHERE key = '${STORE_KEY}'`]);
  strapi = await instance.start();
  admin = adminClient(strapi.url, await login());
}, 240_000);

afterAll(async () => {
  await strapi?.stop();
  instance?.remove();
});

describe('an existing navigation on this version', () => {
  it('gets 政策库 and 活动 after the projects and 岗位库 after talent, published', async () => {
    const zh = await settings('zh-Hans');
    expect(zh.navigation).toEqual([
      { label: '首页', href: '/' },
      { label: '产业项目库', href: '/projects/' },
      { label: '政策库', href: '/policies/' },
      { label: '活动', href: '/events/' },
      { label: '招才引智', href: '/talent/' },
      { label: '岗位库', href: '/jobs/' },
      { label: '联络我们', href: '/contacts/' },
    ]);
    expect(zh.status).toBe('published');
  });

  it('adds them to a draft with edits of its own without publishing it', async () => {
    const en = await settings('en');
    expect(en.navigation.map((item) => item.href)).toEqual([
      '/en/',
      '/en/projects/',
      '/en/policies/',
      '/en/events/',
      '/en/talent/',
      '/en/jobs/',
      '/en/contacts/',
    ]);
    expect(en.status).toBe('modified');
  });

  it('keeps an item the editors removed afterwards removed at the next start', async () => {
    const zh = await settings('zh-Hans');
    const without = zh.navigation.filter((item) => item.href !== '/events/');
    await save('zh-Hans', { siteName: '选择山东', navigation: without }, true);
    await restart();
    expect((await settings('zh-Hans')).navigation).toEqual(without);
  }, 240_000);
});
