// The job library (岗位库) as an editor and a reader meet it. On the shared seeded Strapi, an Editor
// (role 编辑) creates a job through the admin's own content-manager API in Chinese and English,
// edits and publishes it; a minimum salary above the maximum is refused on save with a message
// naming both figures. The site is built from that Strapi: the job's page is there in each locale
// with its facts, E.164 tel: link and JobPosting JSON-LD; /jobs/ and every city and industry
// filter page (the no-JavaScript filters) list exactly the open jobs the demo fixtures and the
// test's own jobs say, carrying the data-* values the filter script combines. The Editor then moves
// a job's closing date into the past and, at the next build, it has left every list while its page
// stays with the expiry notice and noindex.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../operations/site-build/build-site.ts';
import { TEST_SITE_URL } from '../test-harness/setup/provided-context.ts';
import { sharedAdminJwt } from '../test-harness/support/admin.ts';
import {
  type AdminCall,
  adminClient,
  collectionPath,
  createAdminUser,
  describeAnswer,
  entryOf,
  type Json,
} from '../test-harness/support/content-manager.ts';

const JOB = 'api::job.job';
const { url: strapiUrl, token } = inject('seededStrapi');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'job-library-'));
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date `days` days from now. */
const shanghaiDay = (days: number) =>
  new Date(Date.now() + 8 * 60 * 60 * 1000 + days * DAY_MS).toISOString().slice(0, 10);

/** The test's own jobs: one created, edited and published in two languages; one that will expire. */
const EDITED = { slug: 'job-library-int-edited', city: 'qingdao', industry: 'modern-marine' };
const EXPIRING = { slug: 'job-library-int-expiring', city: 'zibo', industry: 'new-energy-materials' };

let editor: AdminCall;
let editedId = '';
let expiringId = '';
let firstBuild = '';
let secondBuild = '';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

function page(outDir: string, pagePath: string): Element[] {
  const file = path.join(outDir, pagePath, 'index.html');
  expect(fs.existsSync(file), `${pagePath} was built`).toBe(true);
  return parseDocument(fs.readFileSync(file, 'utf8')).children as Element[];
}

const all = (nodes: Element[], test: (el: Element) => boolean) => DomUtils.findAll(test, nodes);

/** The jobs a listing page shows (not `hidden`), by slug, each with its filter values. */
function listedJobs(outDir: string, pagePath: string): { slug: string; city: string; industry: string }[] {
  return all(page(outDir, pagePath), (el) => el.name === 'li' && 'data-job' in el.attribs)
    .filter((li) => !('hidden' in li.attribs))
    .map((li) => ({
      slug: li.attribs['data-job'] ?? '',
      city: li.attribs['data-city'] ?? '',
      industry: li.attribs['data-industry'] ?? '',
    }));
}

const slugsOf = (jobs: { slug: string }[]) => jobs.map((job) => job.slug).sort();

/** The open jobs of one locale as the data says: fixtures still open today plus the test's own. */
function expectedOpen(
  locale: 'zh' | 'en',
  own: { slug: string; city: string; industry: string; en: boolean }[],
) {
  const fixtures = demoContent.jobs
    .filter((job) => job.validForDays >= job.postedDaysAgo && (locale === 'zh' || job.en))
    .map(({ slug, city, industry }) => ({ slug, city, industry }));
  return [...fixtures, ...own.filter((job) => locale === 'zh' || job.en)];
}

async function documentIdOf(uid: string, slug: string): Promise<string> {
  const answer = await editor(
    'GET',
    `${collectionPath(uid)}?locale=zh-Hans&filters[$and][0][slug][$eq]=${encodeURIComponent(slug)}`,
  );
  const results = answer.body.results as Json[] | undefined;
  const documentId = results?.[0]?.documentId;
  if (typeof documentId !== 'string') throw new Error(`no ${uid} ${slug}: ${describeAnswer(answer)}`);
  return documentId;
}

/** A relation as the admin's edit form sends it. */
const connect = (documentId: string, locale: string) => ({
  connect: [{ documentId, locale }],
  disconnect: [],
});

async function jobData(
  own: { slug: string; city: string; industry: string },
  locale: 'zh-Hans' | 'en',
  text: { position: string; employer: string },
  validUntil: string,
) {
  return {
    slug: own.slug,
    position: text.position,
    employer: text.employer,
    city: connect(await documentIdOf('api::city.city', own.city), locale),
    industry: connect(await documentIdOf('api::industry.industry', own.industry), locale),
    openings: 3,
    employmentType: 'full_time',
    education: 'bachelor',
    experience: locale === 'en' ? '2+ years' : '2 年以上',
    salaryMin: 9000,
    salaryMax: 15000,
    salaryNegotiable: false,
    summary: locale === 'en' ? 'A test posting made through the admin.' : '通过后台创建的测试岗位。',
    requirements: locale === 'en' ? '- A degree in engineering' : '- 工科本科及以上学历',
    body: locale === 'en' ? '## Duties\n\n- Testing' : '## 岗位职责\n\n- 测试',
    contact: { person: '人力资源部', phone: '0532-86780000', email: 'hr@job-test.example.cn', address: null },
    postedAt: shanghaiDay(-1),
    validUntil,
  };
}

async function expectOk(answer: Promise<{ status: number; body: Json }>, status: number) {
  const result = await answer;
  expect(result.status, describeAnswer(result)).toBe(status);
  return result;
}

async function build(name: string): Promise<string> {
  const outDir = path.join(work, `${name}-out`);
  const started = performance.now();
  await buildSite({
    strapiUrl,
    token,
    outDir,
    siteUrl: TEST_SITE_URL,
    scratchDir: path.join(work, `${name}-scratch`),
    imageCacheDir: path.join(work, 'image-cache'),
    env: { PAGEFIND_INDEX: 'false' },
    onLog: () => undefined,
  });
  console.log(`[job-library] ${name} build ${Math.round(performance.now() - started)} ms`);
  return outDir;
}

beforeAll(async () => {
  const superAdmin = adminClient(strapiUrl, await sharedAdminJwt(strapiUrl));
  const tag = `jobs${Date.now()}`;
  editor = adminClient(
    strapiUrl,
    await createAdminUser(strapiUrl, superAdmin, {
      email: `${tag}-editor@example.com`,
      firstname: '编辑',
      roleCode: 'strapi-editor',
    }),
  );
}, 120_000);

afterAll(async () => {
  for (const documentId of [editedId, expiringId].filter(Boolean)) {
    await editor('DELETE', `${collectionPath(JOB, documentId)}?locale=*`);
  }
  fs.rmSync(work, { recursive: true, force: true });
});

describe('an Editor writes job postings in the admin', () => {
  it('is refused a minimum salary above the maximum on save, with both figures and the field named', async () => {
    const data = await jobData(
      EDITED,
      'zh-Hans',
      { position: '测试岗位', employer: '测试单位' },
      shanghaiDay(30),
    );
    const refused = await editor('POST', `${collectionPath(JOB)}?locale=zh-Hans`, {
      ...data,
      salaryMin: 20000,
      salaryMax: 9000,
    });
    expect(refused.status, describeAnswer(refused)).toBe(400);
    const error = refused.body.error as { message: string; details: { errors: { path: string[] }[] } };
    expect(error.message).toContain('月薪下限 20000 元高于月薪上限 9000 元');
    expect(error.details.errors[0]?.path).toEqual(['salaryMin']);
  });

  it('creates a job in Chinese and English, edits it and publishes both', async () => {
    const created = await expectOk(
      editor(
        'POST',
        `${collectionPath(JOB)}?locale=zh-Hans`,
        await jobData(
          EDITED,
          'zh-Hans',
          { position: '海洋测试工程师', employer: '青岛测试海工有限公司' },
          shanghaiDay(30),
        ),
      ),
      201,
    );
    editedId = String(entryOf(created).documentId);
    await expectOk(
      editor(
        'PUT',
        `${collectionPath(JOB, editedId)}?locale=en`,
        await jobData(
          EDITED,
          'en',
          { position: 'Marine Test Engineer', employer: 'Qingdao Test Offshore Co.' },
          shanghaiDay(30),
        ),
      ),
      200,
    );
    // Raising only the minimum above the stored maximum is refused too: the check reads the draft.
    const raised = await editor('PUT', `${collectionPath(JOB, editedId)}?locale=zh-Hans`, {
      salaryMin: 16000,
    });
    expect(raised.status, describeAnswer(raised)).toBe(400);
    await expectOk(
      editor(
        'PUT',
        `${collectionPath(JOB, editedId)}?locale=zh-Hans`,
        await jobData(
          EDITED,
          'zh-Hans',
          { position: '海洋装备测试工程师（已修改）', employer: '青岛测试海工有限公司' },
          shanghaiDay(30),
        ),
      ),
      200,
    );
    for (const locale of ['zh-Hans', 'en']) {
      await expectOk(
        editor('POST', `${collectionPath(JOB, editedId)}/actions/publish?locale=${locale}`, {}),
        200,
      );
    }
    const expiring = await expectOk(
      editor(
        'POST',
        `${collectionPath(JOB)}/actions/publish?locale=zh-Hans`,
        await jobData(
          EXPIRING,
          'zh-Hans',
          { position: '即将过期的测试岗位', employer: '淄博测试材料有限公司' },
          shanghaiDay(10),
        ),
      ),
      200,
    );
    expiringId = String(entryOf(expiring).documentId);
  });
});

describe('the site built from it', () => {
  beforeAll(async () => {
    firstBuild = await build('first');
  }, 900_000);

  it('has the job page in each locale with its facts, how to apply and JobPosting JSON-LD', () => {
    for (const [prefix, position, employer, salary] of [
      ['', '海洋装备测试工程师（已修改）', '青岛测试海工有限公司', '9,000–15,000 元/月'],
      ['/en', 'Marine Test Engineer', 'Qingdao Test Offshore Co.', 'CNY 9,000–15,000 a month'],
    ] as const) {
      const nodes = page(firstBuild, `${prefix}/jobs/${EDITED.slug}/`);
      const h1 = all(nodes, (el) => el.name === 'h1')[0];
      expect(h1 && DomUtils.textContent(h1)).toBe(position);
      const text = DomUtils.textContent(nodes);
      expect(text).toContain(employer);
      expect(text).toContain(salary);
      const tel = all(nodes, (el) => el.name === 'a' && (el.attribs.href ?? '').startsWith('tel:'));
      expect(tel.map((a) => a.attribs.href)).toEqual(['tel:+8653286780000']);
      const scripts = all(nodes, (el) => el.name === 'script' && el.attribs.type === 'application/ld+json');
      const posting = scripts
        .map((script) => JSON.parse(DomUtils.textContent(script)) as Json)
        .find((data) => data['@type'] === 'JobPosting');
      expect(posting).toMatchObject({
        title: position,
        datePosted: shanghaiDay(-1),
        validThrough: `${shanghaiDay(30)}T23:59:59+08:00`,
        hiringOrganization: { name: employer },
        totalJobOpenings: 3,
        baseSalary: { currency: 'CNY', value: { unitText: 'MONTH', minValue: 9000, maxValue: 15000 } },
      });
      expect(all(nodes, (el) => 'data-job-expired' in el.attribs)).toHaveLength(0);
    }
  });

  it('lists exactly the open jobs on /jobs/ and on every city and industry filter page, in each locale', () => {
    const own = [
      { ...EDITED, en: true },
      { ...EXPIRING, en: false },
    ];
    for (const [locale, prefix] of [
      ['zh', ''],
      ['en', '/en'],
    ] as const) {
      const expected = expectedOpen(locale, own);
      expect(slugsOf(listedJobs(firstBuild, `${prefix}/jobs/`))).toEqual(slugsOf(expected));
      for (const dimension of ['city', 'industry'] as const) {
        const values = new Set(
          demoContent[dimension === 'city' ? 'cities' : 'industries'].map((d) => d.slug),
        );
        for (const value of values) {
          const listed = listedJobs(firstBuild, `${prefix}/jobs/${dimension}/${value}/`);
          expect(slugsOf(listed), `${prefix}/jobs/${dimension}/${value}/`).toEqual(
            slugsOf(expected.filter((job) => job[dimension] === value)),
          );
          // The values the filter script combines are on every item.
          for (const job of listed) expect(job[dimension]).toBe(value);
        }
      }
    }
  });

  it('keeps an expired demo posting’s page with the notice and noindex, out of every list', () => {
    const expired = demoContent.jobs.find((job) => job.validForDays < job.postedDaysAgo);
    if (!expired) throw new Error('the demo fixtures have no expired job');
    const nodes = page(firstBuild, `/jobs/${expired.slug}/`);
    expect(all(nodes, (el) => 'data-job-expired' in el.attribs)).toHaveLength(1);
    expect(DomUtils.textContent(nodes)).toContain('此岗位已过期');
    expect(all(nodes, (el) => el.name === 'meta' && el.attribs.name === 'robots')[0]?.attribs.content).toBe(
      'noindex',
    );
    expect(slugsOf(listedJobs(firstBuild, '/jobs/'))).not.toContain(expired.slug);
  });
});

describe('a job whose closing date passes', () => {
  beforeAll(async () => {
    await expectOk(
      editor('PUT', `${collectionPath(JOB, expiringId)}?locale=zh-Hans`, { validUntil: shanghaiDay(-1) }),
      200,
    );
    await expectOk(
      editor('POST', `${collectionPath(JOB, expiringId)}/actions/publish?locale=zh-Hans`, {}),
      200,
    );
    secondBuild = await build('second');
  }, 900_000);

  it('leaves the lists at the next build, and its page says it has expired', () => {
    expect(slugsOf(listedJobs(firstBuild, '/jobs/'))).toContain(EXPIRING.slug);
    expect(slugsOf(listedJobs(secondBuild, '/jobs/'))).not.toContain(EXPIRING.slug);
    expect(slugsOf(listedJobs(secondBuild, `/jobs/city/${EXPIRING.city}/`))).not.toContain(EXPIRING.slug);
    expect(slugsOf(listedJobs(secondBuild, `/jobs/industry/${EXPIRING.industry}/`))).not.toContain(
      EXPIRING.slug,
    );
    const nodes = page(secondBuild, `/jobs/${EXPIRING.slug}/`);
    expect(all(nodes, (el) => 'data-job-expired' in el.attribs)).toHaveLength(1);
    expect(all(nodes, (el) => el.name === 'meta' && el.attribs.name === 'robots')[0]?.attribs.content).toBe(
      'noindex',
    );
  });
});
