// Events (活动, issue 11) end to end, as an editor and a reader meet them. On one throw-away Strapi:
// an installation from before the events type has a 重大活动 article, and restarting on this version
// turns it into an event (same slug, both languages, published). An Editor (role 编辑) then creates,
// edits, translates and publishes events through the admin's own content-manager API; the site is
// built from that Strapi and each event is found on its page in zh and en, upcoming ones on the
// events page, past ones in the yearly archive; registration after its deadline shows closed; the
// per-event .ics files and the calendar feed parse under the strict reader with the right (UTC)
// times. Then the editor moves an event's end into the past and the next build archives it. Runs on
// SQLite, and on PostgreSQL in the `postgres` project.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCalendar } from '@select-shandong/site/events/strict-calendar-reader';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../operations/site-build/build-site.ts';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { createDatabase, postgresStrapiEnv } from '../test-harness/postgres/throwaway-postgres.ts';
import { TEST_SITE_URL } from '../test-harness/setup/provided-context.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import {
  type AdminCall,
  adminClient,
  collectionPath,
  createAdminUser,
  describeAnswer,
  entryOf,
} from '../test-harness/support/content-manager.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const EVENT = 'api::event.event';
const ARTICLE = 'api::article.article';
const CITY = 'api::city.city';
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'events-int-'));

let instance: ThrowawayStrapi;
let strapi: RunningStrapi;
let superAdmin: AdminCall;
let editor: AdminCall;
let cityId = '';
let upcomingId = '';
let built: string;

/** A time `days` from now, rounded to the minute, as the admin's date picker sends it. */
const fromNow = (ms: number) => new Date(Math.round((Date.now() + ms) / 60_000) * 60_000).toISOString();

/** `YYYYMMDDTHHMMSSZ` of an ISO time, as the calendar files write it. */
const icsTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const upcoming = {
  slug: 'events-int-jinan-roadshow',
  startsAt: fromNow(20 * DAY),
  endsAt: fromNow(20 * DAY + 6 * HOUR),
  registrationDeadline: fromNow(15 * DAY),
};
const past = {
  slug: 'events-int-qingdao-summit',
  startsAt: fromNow(-40 * DAY),
  endsAt: fromNow(-39 * DAY),
};
const closed = {
  slug: 'events-int-closed-registration',
  startsAt: fromNow(5 * DAY),
  endsAt: fromNow(5 * DAY + 2 * HOUR),
  // The deadline has passed, the event has not: registration shows closed.
  registrationDeadline: fromNow(-1 * DAY),
};
const MIGRATED_SLUG = 'events-int-old-major-event';

async function ok(answer: Promise<{ status: number; body: Record<string, unknown> }>, step: string) {
  const settled = await answer;
  expect(settled.status, `${step}: ${describeAnswer(settled)}`).toBeLessThan(300);
  return settled;
}

/** Creates an event as the editor: zh draft, an edit, the English version, then publishes both. */
async function editorPublishesEvent(
  fields: Record<string, unknown>,
  zh: Record<string, unknown>,
  en: Record<string, unknown>,
): Promise<string> {
  const created = await ok(
    editor('POST', `${collectionPath(EVENT)}?locale=zh-Hans`, { ...fields, ...zh }),
    'create zh',
  );
  const documentId = String(entryOf(created).documentId);
  const entry = collectionPath(EVENT, documentId);
  await ok(
    editor('PUT', `${entry}?locale=zh-Hans`, {
      ...fields,
      ...zh,
      summary: `${String(zh.summary)}（已修改）`,
    }),
    'edit zh',
  );
  await ok(editor('PUT', `${entry}?locale=en`, { ...fields, ...en }), 'add en');
  await ok(editor('POST', `${entry}/actions/publish?locale=zh-Hans`, {}), 'publish zh');
  await ok(editor('POST', `${entry}/actions/publish?locale=en`, {}), 'publish en');
  return documentId;
}

async function build(name: string): Promise<string> {
  const outDir = path.join(work, `${name}-out`);
  const started = performance.now();
  await buildSite({
    strapiUrl: strapi.url,
    token: strapi.token,
    outDir,
    siteUrl: TEST_SITE_URL,
    scratchDir: path.join(work, `${name}-scratch`),
    imageCacheDir: path.join(work, 'image-cache'),
    env: { PAGEFIND_INDEX: 'false' },
    onLog: () => undefined,
  });
  console.log(`[events] build ${name}: ${Math.round(performance.now() - started)} ms`);
  return outDir;
}

const read = (outDir: string, file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
const page = (outDir: string, pagePath: string) => parseDocument(read(outDir, `${pagePath}index.html`));

/** The slugs of the event cards inside `[data-events=<list>]` on a built page. */
function listed(outDir: string, pagePath: string, list: string): string[] {
  const doc = page(outDir, pagePath);
  const section = DomUtils.findOne((el) => el.attribs['data-events'] === list, doc.children, true);
  if (!section) return [];
  return DomUtils.findAll((el) => el.attribs['data-event'] !== undefined, section.children).map(
    (el) => el.attribs['data-event'] ?? '',
  );
}

beforeAll(async () => {
  const postgres = inject('postgres');
  if (postgres) createDatabase(postgres, 'strapi_events');
  instance = throwawayStrapi({
    SITE_URL: TEST_SITE_URL,
    ...(postgres ? postgresStrapiEnv(postgres, 'strapi_events') : {}),
  });
  strapi = await instance.start();
  const jwt = await registerFirstAdmin(strapi.url, 'events-admin@example.com');
  superAdmin = adminClient(strapi.url, jwt);
  const editorJwt = await createAdminUser(strapi.url, superAdmin, {
    email: 'events-editor@example.com',
    firstname: '活动编辑',
    roleCode: 'strapi-editor',
  });
  editor = adminClient(strapi.url, editorJwt);
  const city = await ok(
    editor('POST', `${collectionPath(CITY)}/actions/publish?locale=zh-Hans`, {
      name: '济南',
      slug: 'events-int-jinan',
      adminCode: '370100',
      order: 1,
      overview: '山东省会。',
    }),
    'create city',
  );
  cityId = String(entryOf(city).documentId);
  await ok(
    editor('PUT', `${collectionPath(CITY, cityId)}?locale=en`, {
      name: 'Jinan',
      slug: 'events-int-jinan',
      adminCode: '370100',
      order: 1,
      overview: 'The provincial capital.',
    }),
    'city en',
  );
  await ok(
    editor('POST', `${collectionPath(CITY, cityId)}/actions/publish?locale=en`, {}),
    'publish city en',
  );
}, 900_000);

afterAll(async () => {
  await strapi?.stop();
  instance?.remove();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('the 重大活动 column moves to events on an existing installation', () => {
  it('turns a published 重大活动 article into a published event with its slug and both languages', async () => {
    const article = {
      slug: MIGRATED_SLUG,
      column: 'major_events',
      releasedAt: fromNow(-300 * DAY),
      source: '山东省商务厅',
      editor: '测试编辑',
      city: { connect: [{ documentId: cityId, locale: 'zh-Hans' }] },
    };
    const created = await ok(
      editor('POST', `${collectionPath(ARTICLE)}/actions/publish?locale=zh-Hans`, {
        ...article,
        title: '旧版重大活动文章',
        summary: '升级前以文章发布的重大活动。',
        body: '活动在济南举行。',
      }),
      'old article zh',
    );
    const articleId = String(entryOf(created).documentId);
    await ok(
      editor('PUT', `${collectionPath(ARTICLE, articleId)}?locale=en`, {
        ...article,
        city: { connect: [{ documentId: cityId, locale: 'en' }] },
        title: 'A major event published as an article',
        summary: 'Published as an article before the upgrade.',
        body: 'It took place in Jinan.',
      }),
      'old article en',
    );
    await ok(
      editor('POST', `${collectionPath(ARTICLE, articleId)}/actions/publish?locale=en`, {}),
      'publish en',
    );

    await strapi.stop();
    strapi = await instance.start();
    const jwt = await (
      await fetch(`${strapi.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'events-editor@example.com', password: 'Role-Passw0rd!' }),
      })
    ).json();
    editor = adminClient(strapi.url, (jwt as { data: { token: string } }).data.token);

    const gone = await editor('GET', `${collectionPath(ARTICLE, articleId)}?locale=zh-Hans`);
    expect(gone.status, describeAnswer(gone)).toBe(404);
    const found = await ok(
      editor('GET', `${collectionPath(EVENT)}?locale=en&filters[slug][$eq]=${MIGRATED_SLUG}`),
      'find migrated event',
    );
    const [event] = (found.body.results ?? []) as Array<Record<string, unknown>>;
    expect(event?.title).toBe('A major event published as an article');
    expect(event?.organiser).toBe('山东省商务厅');
    expect(event?.status).toBe('published');
    // A second start leaves it alone (idempotent): still one event with that slug.
    await strapi.stop();
    strapi = await instance.start();
    const again = await fetch(`${strapi.url}/api/events?locale=zh-Hans&filters[slug][$eq]=${MIGRATED_SLUG}`, {
      headers: { authorization: `Bearer ${strapi.token}` },
    });
    const body = (await again.json()) as { data: Array<{ title: string; startsAt: string }> };
    expect(body.data.map((e) => e.title)).toEqual(['旧版重大活动文章']);
    expect(body.data[0]?.startsAt).toBe(article.releasedAt);
  });
});

describe('events through the admin, on the built site', () => {
  beforeAll(async () => {
    const jwt = await (
      await fetch(`${strapi.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'events-editor@example.com', password: 'Role-Passw0rd!' }),
      })
    ).json();
    editor = adminClient(strapi.url, (jwt as { data: { token: string } }).data.token);
    const city = (locale: string) => ({ connect: [{ documentId: cityId, locale }] });
    upcomingId = await editorPublishesEvent(
      {
        slug: upcoming.slug,
        eventType: 'roadshow',
        startsAt: upcoming.startsAt,
        endsAt: upcoming.endsAt,
        registrationUrl: 'https://register.example.gov.cn/events/int-roadshow',
        registrationDeadline: upcoming.registrationDeadline,
        guests: [{ name: '山东省投资促进局', kind: 'organisation' }],
      },
      {
        title: '集成测试：济南招商路演',
        summary: '济南面向长三角企业推介重点项目',
        organiser: '济南市投资促进局',
        venue: '济南黄河国际会展中心',
        city: city('zh-Hans'),
      },
      {
        title: 'Integration test: Jinan investment roadshow',
        summary: 'Jinan presents key projects to companies from the Yangtze delta.',
        organiser: 'Jinan Investment Promotion Bureau',
        venue: 'Jinan Yellow River International Exhibition Center',
        city: city('en'),
      },
    );
    await editorPublishesEvent(
      { slug: past.slug, eventType: 'summit', startsAt: past.startsAt, endsAt: past.endsAt },
      { title: '集成测试：已结束的峰会', summary: '已经结束的峰会', organiser: '青岛市人民政府' },
      {
        title: 'Integration test: a summit that has ended',
        summary: 'A summit in the past.',
        organiser: 'Qingdao',
      },
    );
    await editorPublishesEvent(
      {
        slug: closed.slug,
        eventType: 'webinar',
        startsAt: closed.startsAt,
        endsAt: closed.endsAt,
        registrationUrl: 'https://register.example.gov.cn/events/int-webinar',
        registrationDeadline: closed.registrationDeadline,
      },
      { title: '集成测试：报名已截止的研讨会', summary: '报名已经截止', organiser: '山东省商务厅' },
      {
        title: 'Integration test: a webinar with registration closed',
        summary: 'Closed.',
        organiser: 'DOFCOM',
      },
    );
    built = await build('first');
  }, 900_000);

  it('refuses an event that ends before it starts, naming the field', async () => {
    const refused = await editor('POST', `${collectionPath(EVENT)}?locale=zh-Hans`, {
      title: '结束早于开始',
      slug: 'events-int-backwards',
      eventType: 'fair',
      startsAt: fromNow(10 * DAY),
      endsAt: fromNow(9 * DAY),
      organiser: '测试',
      summary: '测试',
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('结束时间');
    expect(JSON.stringify(refused.body)).toContain('endsAt');
  });

  it('finds each event on its page in zh and en, with its facts in Beijing time', () => {
    const zh = read(built, `events/${upcoming.slug}/index.html`);
    expect(zh).toContain('集成测试：济南招商路演');
    expect(zh).toContain('（已修改）');
    expect(zh).toContain('济南市投资促进局');
    expect(zh).toContain('山东省投资促进局');
    const beijing = new Date(Date.parse(upcoming.startsAt) + 8 * HOUR).toISOString();
    expect(zh).toContain(`${beijing.slice(0, 10)} ${beijing.slice(11, 16)}`);
    expect(zh).toContain(`"startDate":"${beijing.slice(0, 19)}+08:00"`);
    const en = read(built, `en/events/${upcoming.slug}/index.html`);
    expect(en).toContain('Integration test: Jinan investment roadshow');
    expect(en).toContain('Beijing time');
    expect(read(built, `en/events/${past.slug}/index.html`)).toContain(
      'Integration test: a summit that has ended',
    );
    // The migrated article is an event page now, in both languages.
    expect(read(built, `events/${MIGRATED_SLUG}/index.html`)).toContain('旧版重大活动文章');
    expect(read(built, `en/events/${MIGRATED_SLUG}/index.html`)).toContain(
      'A major event published as an article',
    );
  });

  it('sends the migrated article’s old address on to its event page, in zh and en', () => {
    for (const prefix of ['', 'en/']) {
      const old = page(built, `${prefix}articles/${MIGRATED_SLUG}/`);
      const target = `/${prefix}events/${MIGRATED_SLUG}/`;
      const refresh = DomUtils.findOne((el) => el.attribs['http-equiv'] === 'refresh', old.children, true);
      expect(refresh?.attribs.content, `${prefix}articles/${MIGRATED_SLUG}/`).toBe(`0;url=${target}`);
      const link = DomUtils.findOne(
        (el) => el.attribs['data-moved-to-event'] !== undefined,
        old.children,
        true,
      );
      expect(link?.attribs.href).toBe(target);
      const robots = DomUtils.findOne((el) => el.attribs.name === 'robots', old.children, true);
      expect(robots?.attribs.content).toBe('noindex');
      expect(fs.existsSync(path.join(built, target, 'index.html'))).toBe(true);
    }
  });

  it('lists upcoming events first and past ones in the yearly archive, in both languages', () => {
    for (const prefix of ['', 'en/']) {
      expect(listed(built, `${prefix}events/`, 'current')).toEqual([closed.slug, upcoming.slug]);
      expect(listed(built, `${prefix}events/`, 'past')).toContain(past.slug);
      const year = String(new Date(Date.parse(past.startsAt) + 8 * HOUR).getUTCFullYear());
      expect(listed(built, `${prefix}events/archive/${year}/`, 'archive')).toContain(past.slug);
    }
    // The city page lists the city's upcoming event.
    expect(listed(built, 'cities/events-int-jinan/', 'upcoming-block')).toEqual([upcoming.slug]);
    expect(listed(built, '', 'upcoming-block')).toEqual([closed.slug, upcoming.slug]);
  });

  it('shows registration open with its deadline, and closed after the deadline', () => {
    const open = read(built, `events/${upcoming.slug}/index.html`);
    expect(open).toContain('data-registration="open"');
    expect(open).toContain('https://register.example.gov.cn/events/int-roadshow');
    expect(open).toContain('报名截止');
    const shut = read(built, `events/${closed.slug}/index.html`);
    expect(shut).toContain('data-registration="closed"');
    expect(shut).toContain('报名已截止');
    expect(shut).not.toContain('href="https://register.example.gov.cn/events/int-webinar"');
    expect(read(built, `en/events/${closed.slug}/index.html`)).toContain('Registration closed');
  });

  it('writes calendar files that parse strictly, with UTC times and one UID per document', () => {
    const [zhEvent] = parseCalendar(read(built, `events/${upcoming.slug}.ics`));
    const [enEvent] = parseCalendar(read(built, `en/events/${upcoming.slug}.ics`));
    expect(zhEvent?.DTSTART).toBe(icsTime(upcoming.startsAt));
    expect(zhEvent?.DTEND).toBe(icsTime(upcoming.endsAt));
    expect(zhEvent?.SUMMARY).toBe('集成测试：济南招商路演');
    expect(zhEvent?.LOCATION).toBe('济南黄河国际会展中心, 济南');
    expect(zhEvent?.URL).toBe(`${TEST_SITE_URL}/events/${upcoming.slug}/`);
    expect(enEvent?.UID).toBe(`${upcomingId}@select-shandong`);
    expect(zhEvent?.UID).toBe(enEvent?.UID);
    const feed = parseCalendar(read(built, 'events/calendar.ics')).map((e) => e.SUMMARY);
    expect(feed).toEqual(['集成测试：报名已截止的研讨会', '集成测试：济南招商路演']);
    expect(read(built, `events/${upcoming.slug}/index.html`)).toContain(
      `href="/events/${upcoming.slug}.ics"`,
    );
  });

  it('archives an event at the next build once the editor moves its end into the past', async () => {
    const entry = collectionPath(EVENT, upcomingId);
    const moved = { startsAt: fromNow(-3 * DAY), endsAt: fromNow(-3 * DAY + 2 * HOUR) };
    await ok(editor('PUT', `${entry}?locale=zh-Hans`, moved), 'move zh');
    await ok(editor('POST', `${entry}/actions/publish?locale=zh-Hans`, {}), 'publish zh');
    await ok(editor('POST', `${entry}/actions/publish?locale=en`, {}), 'publish en');
    const rebuilt = await build('second');
    for (const prefix of ['', 'en/']) {
      expect(listed(rebuilt, `${prefix}events/`, 'current')).toEqual([closed.slug]);
      expect(listed(rebuilt, `${prefix}events/`, 'past')).toContain(upcoming.slug);
    }
    expect(parseCalendar(read(rebuilt, 'events/calendar.ics')).map((e) => e.SUMMARY)).toEqual([
      '集成测试：报名已截止的研讨会',
    ]);
    expect(read(rebuilt, `events/${upcoming.slug}/index.html`)).not.toContain('data-registration=');
  });
});
