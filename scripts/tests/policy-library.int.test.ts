// The policy library (政策库, issue 11) as editors and readers meet it: an Editor (role 编辑) creates,
// edits, translates and publishes policies through the admin's own content-manager API, a municipal
// policy without its city is refused on save, then the real pipeline builds the site from that
// Strapi once and the pages are read from the published folder: each policy in zh and en with its
// facts, the repealed notice linking the successor, the interpretation linked both ways, and the
// no-JavaScript filter pages listing exactly the published policies the data says they should.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { issuerSlug } from '@select-shandong/site/filters/policy-filters';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
import { PIPELINE, type RunResult, runCli } from '../test-harness/support/pipeline-harness.ts';

const strapi = inject('seededStrapi');
const POLICY = 'api::policy.policy';
const tag = `p${Date.now().toString(36)}`;
const LOCALES = ['zh-Hans', 'en'] as const;
type Locale = (typeof LOCALES)[number];
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');

let superAdmin: AdminCall;
let editor: AdminCall;
let siteRoot: string;
let build: RunResult;
const created: string[] = [];

/** The draft id and documentId of a seeded document of `uid` in `locale`, found by slug as the admin lists it. */
async function seeded(
  uid: string,
  slug: string,
  locale: Locale,
): Promise<{ id: number; documentId: string }> {
  const list = await editor('GET', `${collectionPath(uid)}?locale=${locale}&filters[slug][$eq]=${slug}`);
  expect(list.status, describeAnswer(list)).toBe(200);
  const [found] = list.body.results as Array<{ id: number; documentId: string }>;
  if (!found) throw new Error(`no seeded ${uid} "${slug}" in ${locale}`);
  return found;
}

/** A relation as the admin's edit form sends it: connect these entries, disconnect nothing. */
const connect = (...targets: Array<{ id: number; documentId: string }>) => ({
  connect: targets.map((target) => ({ ...target, position: { end: true } })),
  disconnect: [],
});

/** An article of the demo content with an English version that no demo policy interprets. */
const interpretationArticle = (() => {
  const used = new Set(demoContent.policies.map((policy) => policy.interpretation));
  const free = demoContent.articles.filter((a) => a.en && !used.has(a.slug));
  // A policy column's article if there is one, else any bilingual article.
  const article = free.find((a) => a.column.endsWith('_policy')) ?? free[0];
  if (!article) throw new Error('the demo content has no bilingual article that no policy interprets');
  return article;
})();

/** The test's policies: a successor in force, and a repealed municipal one it replaced. */
const successor = {
  slug: `${tag}-marine-measures`,
  documentNumber: `鲁政发〔2026〕${Date.now() % 1000}号`,
  zh: { title: '山东省支持海洋牧场建设若干措施（测试）', issuer: '山东省海洋局（测试）' },
  en: {
    title: 'Measures Supporting Marine Ranching in Shandong (test)',
    issuer: 'Shandong Ocean Bureau (test)',
  },
};
const repealed = {
  slug: `${tag}-qingdao-old-measures`,
  documentNumber: `青政发〔2019〕${Date.now() % 100}号`,
  zh: { title: '青岛市海洋牧场扶持办法（测试）', issuer: '青岛市人民政府' },
  en: { title: 'Qingdao Support for Marine Ranching (test)', issuer: 'Qingdao Municipal Government' },
};

/** A policy its editors left marked in force after its expiry date (two days before the build). */
const expired = {
  slug: `${tag}-lapsed-measures`,
  documentNumber: `鲁政办字〔2022〕${Date.now() % 100}号`,
  expiryDate: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
};

/** The fields every policy of the test shares, by locale. */
function policyData(
  base: {
    slug: string;
    documentNumber: string;
    zh: { title: string; issuer: string };
    en: { title: string; issuer: string };
  },
  locale: Locale,
  extra: Json,
): Json {
  const text = locale === 'en' ? base.en : base.zh;
  return {
    slug: base.slug,
    title: text.title,
    issuer: text.issuer,
    documentNumber: base.documentNumber,
    summary: locale === 'en' ? 'A policy written by the test.' : '测试写的政策。',
    body: locale === 'en' ? '## Main measures\n\n- One measure.' : '## 重点措施\n\n- 一项措施。',
    ...extra,
  };
}

/** Creates in zh-Hans, adds en, and publishes both, as an Editor; returns the documentId. */
async function createPolicy(zh: Json, en: Json): Promise<string> {
  const createdZh = await editor('POST', `${collectionPath(POLICY)}?locale=zh-Hans`, zh);
  expect(createdZh.status, describeAnswer(createdZh)).toBe(201);
  const { documentId } = entryOf(createdZh) as { documentId: string };
  created.push(documentId);
  const entry = collectionPath(POLICY, documentId);
  const addedEn = await editor('PUT', `${entry}?locale=en`, en);
  expect(addedEn.status, describeAnswer(addedEn)).toBe(200);
  for (const [locale, data] of [
    ['zh-Hans', zh],
    ['en', en],
  ] as const) {
    const published = await editor('POST', `${entry}/actions/publish?locale=${locale}`, data);
    expect(published.status, describeAnswer(published)).toBe(200);
    expect(entryOf(published).publishedAt).toBeTruthy();
  }
  return documentId;
}

/** A node of htmlparser2's document tree, as far as these checks read it. */
interface ChildNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: ChildNode[];
}
/** An element node. */
type Element = ChildNode & { name: string; attribs: Record<string, string>; children: ChildNode[] };
const isTag = (node: ChildNode): node is Element =>
  (node.type === 'tag' || node.type === 'script' || node.type === 'style') && node.attribs !== undefined;

/** One published page of the build, parsed. */
function page(pathname: string): { html: string; root: ChildNode[] } {
  const file = path.join(siteRoot, 'current', pathname.replace(/^\//, ''), 'index.html');
  expect(fs.existsSync(file), `${pathname} was not built (${file})`).toBe(true);
  const html = fs.readFileSync(file, 'utf8');
  return { html, root: (parseDocument(html) as unknown as { children: ChildNode[] }).children };
}

/** Every element below `nodes` that `test` accepts. */
function elements(nodes: ChildNode[], test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (list: ChildNode[]) => {
    for (const node of list) {
      if (!isTag(node)) continue;
      if (test(node)) found.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return found;
}

/** The text of an element. */
function text(node: ChildNode): string {
  if (node.type === 'text') return node.data ?? '';
  return isTag(node) ? node.children.map(text).join('') : '';
}

/** Slugs of the policies a library page shows without JavaScript (its items not `hidden`). */
function shownPolicies(pathname: string): string[] {
  const items = elements(page(pathname).root, (e) => e.attribs['data-policy'] !== undefined);
  return items
    .filter((item) => item.attribs.hidden === undefined)
    .map((item) => item.attribs['data-policy'] ?? '')
    .sort();
}

/** Whether the page links to `href`. */
function linksTo(pathname: string, href: string): boolean {
  return elements(page(pathname).root, (e) => e.name === 'a' && e.attribs.href === href).length > 0;
}

/** A policy as the site reads it over REST (the build token sees published documents only). */
interface PublishedPolicy {
  slug: string;
  level: string;
  validity: string;
  issuer: string;
  issueDate: string;
  documentId: string;
  city: { slug: string } | null;
  industries: { slug: string }[];
}

/** Every published policy in `locale`, read from the same Strapi the site was built from. */
async function publishedPolicies(locale: Locale): Promise<PublishedPolicy[]> {
  const all: PublishedPolicy[] = [];
  for (let pageNumber = 1; ; pageNumber += 1) {
    const query = `locale=${locale}&populate[city][fields][0]=slug&populate[industries][fields][0]=slug&pagination[page]=${pageNumber}&pagination[pageSize]=100`;
    const response = await fetch(`${strapi.url}/api/policies?${query}`, {
      headers: { authorization: `Bearer ${strapi.token}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: PublishedPolicy[];
      meta: { pagination: { pageCount: number } };
    };
    all.push(...body.data);
    if (pageNumber >= body.meta.pagination.pageCount) return all;
  }
}

/** The schema.org objects a page declares. */
function jsonLd(pathname: string): Array<Record<string, unknown>> {
  return elements(
    page(pathname).root,
    (e) => e.name === 'script' && e.attribs.type === 'application/ld+json',
  ).flatMap((script) => {
    const value = JSON.parse(text(script)) as unknown;
    return (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown>>;
  });
}

let successorId = '';
let articleId = '';
let qingdao: Record<Locale, { id: number; documentId: string }>;

beforeAll(async () => {
  superAdmin = adminClient(strapi.url, await sharedAdminJwt(strapi.url));
  const editorJwt = await createAdminUser(strapi.url, superAdmin, {
    email: `${tag}-policy-editor@example.com`,
    firstname: '政策编辑',
    roleCode: 'strapi-editor',
  });
  editor = adminClient(strapi.url, editorJwt);
  qingdao = {
    'zh-Hans': await seeded('api::city.city', 'qingdao', 'zh-Hans'),
    en: await seeded('api::city.city', 'qingdao', 'en'),
  };
  siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-policies-'));
}, 120_000);

afterAll(async () => {
  for (const documentId of created.reverse()) {
    for (const locale of LOCALES)
      await superAdmin('DELETE', `${collectionPath(POLICY, documentId)}?locale=${locale}`);
  }
  if (siteRoot) fs.rmSync(siteRoot, { recursive: true, force: true });
});

describe('an Editor keeps the policy library in the admin', () => {
  it('creates a policy in zh-Hans, edits it, adds English and publishes both', async () => {
    const marine = {
      'zh-Hans': await seeded('api::industry.industry', 'modern-marine', 'zh-Hans'),
      en: await seeded('api::industry.industry', 'modern-marine', 'en'),
    };
    const article = {
      'zh-Hans': await seeded('api::article.article', interpretationArticle.slug, 'zh-Hans'),
      en: await seeded('api::article.article', interpretationArticle.slug, 'en'),
    };
    articleId = article['zh-Hans'].documentId;
    const facts = (locale: Locale): Json => ({
      level: 'provincial',
      issueDate: '2026-05-12',
      effectiveDate: '2026-06-01',
      longTerm: true,
      validity: 'in_force',
      industries: connect(marine[locale]),
      interpretation: connect(article[locale]),
    });
    const draft = policyData(successor, 'zh-Hans', { ...facts('zh-Hans'), title: '初稿标题' });
    const createdZh = await editor('POST', `${collectionPath(POLICY)}?locale=zh-Hans`, draft);
    expect(createdZh.status, describeAnswer(createdZh)).toBe(201);
    successorId = (entryOf(createdZh) as { documentId: string }).documentId;
    created.push(successorId);
    const entry = collectionPath(POLICY, successorId);
    // The edit form sends the whole document again, relations unchanged (nothing to connect).
    const zh = policyData(successor, 'zh-Hans', {
      level: 'provincial',
      issueDate: '2026-05-12',
      longTerm: true,
    });
    const edited = await editor('PUT', `${entry}?locale=zh-Hans`, zh);
    expect(edited.status, describeAnswer(edited)).toBe(200);
    expect(entryOf(edited).title).toBe(successor.zh.title);
    const en = policyData(successor, 'en', facts('en'));
    const addedEn = await editor('PUT', `${entry}?locale=en`, en);
    expect(addedEn.status, describeAnswer(addedEn)).toBe(200);
    for (const [locale, data] of [
      ['zh-Hans', zh],
      ['en', en],
    ] as const) {
      const published = await editor('POST', `${entry}/actions/publish?locale=${locale}`, data);
      expect(published.status, describeAnswer(published)).toBe(200);
    }
    const stored = await editor('GET', `${entry}?locale=zh-Hans`);
    expect(entryOf(stored).title).toBe(successor.zh.title);
    expect(entryOf(stored).documentNumber).toBe(successor.documentNumber);
  });

  it('creates a repealed municipal policy that names its successor', async () => {
    const successorRef = (locale: Locale) => seeded(POLICY, successor.slug, locale);
    const facts = async (locale: Locale): Promise<Json> => ({
      level: 'municipal',
      city: connect(qingdao[locale]),
      issueDate: '2019-03-01',
      effectiveDate: '2019-04-01',
      expiryDate: '2026-05-31',
      longTerm: false,
      validity: 'repealed',
      supersededBy: connect(await successorRef(locale)),
    });
    await createPolicy(
      policyData(repealed, 'zh-Hans', await facts('zh-Hans')),
      policyData(repealed, 'en', await facts('en')),
    );
  });

  it('publishes a policy still marked in force whose term has already ended (Chinese only)', async () => {
    const answer = await editor(
      'POST',
      `${collectionPath(POLICY)}?locale=zh-Hans`,
      policyData({ ...successor, slug: expired.slug, documentNumber: expired.documentNumber }, 'zh-Hans', {
        level: 'provincial',
        issueDate: '2022-01-10',
        expiryDate: expired.expiryDate,
        longTerm: false,
        validity: 'in_force',
      }),
    );
    expect(answer.status, describeAnswer(answer)).toBe(201);
    const { documentId } = entryOf(answer) as { documentId: string };
    created.push(documentId);
    const published = await editor(
      'POST',
      `${collectionPath(POLICY, documentId)}/actions/publish?locale=zh-Hans`,
      {},
    );
    expect(published.status, describeAnswer(published)).toBe(200);
  });

  it('refuses a municipal policy without a city on save, saying which field to fill in', async () => {
    const answer = await editor(
      'POST',
      `${collectionPath(POLICY)}?locale=zh-Hans`,
      policyData({ ...repealed, slug: `${tag}-no-city` }, 'zh-Hans', {
        level: 'municipal',
        issueDate: '2024-01-01',
        longTerm: true,
        validity: 'in_force',
      }),
    );
    expect(answer.status, describeAnswer(answer)).toBe(400);
    const error = answer.body.error as { message: string; details: { errors: Array<{ path: string[] }> } };
    expect(error.message).toContain('市级政策必须选择“所属城市”');
    expect(error.message).toContain('field "city"');
    expect(error.details.errors[0]?.path).toEqual(['city']);
    // Nor may an edit take the city away from a municipal policy.
    const old = await seeded(POLICY, repealed.slug, 'zh-Hans');
    const cleared = await editor('PUT', `${collectionPath(POLICY, old.documentId)}?locale=zh-Hans`, {
      city: { connect: [], disconnect: [qingdao['zh-Hans']] },
    });
    expect(cleared.status, describeAnswer(cleared)).toBe(400);
    expect((cleared.body.error as { message: string }).message).toContain('所属城市');
  });
});

describe('the site built from that Strapi', () => {
  beforeAll(async () => {
    build = await runCli(PIPELINE, {
      STRAPI_URL: strapi.url,
      STRAPI_TOKEN: strapi.token,
      SITE_ROOT: siteRoot,
      SITE_URL: TEST_SITE_URL,
    });
    expect(build.code, build.output.slice(-4000)).toBe(0);
    // For the issue's closing note: how many pages the library adds per locale.
    const counts = LOCALES.map((locale) => {
      const folder = path.join(siteRoot, 'current', prefix(locale).replace(/^\//, ''), 'policies');
      const entries = fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory());
      const filters = entries
        .filter((e) => ['level', 'issuer', 'city', 'industry', 'validity', 'year'].includes(e.name))
        .reduce((sum, e) => sum + fs.readdirSync(path.join(folder, e.name)).length, 0);
      return `${locale}: ${entries.length - 6} policy pages, ${filters} filter pages, 1 library`;
    });
    console.log(`[policy-library] pipeline ${(build.ms / 1000).toFixed(1)} s; ${counts.join('; ')}`);
  }, 900_000);

  it.each(LOCALES)('shows each policy with its facts in %s', (locale) => {
    for (const policy of [successor, repealed]) {
      const { html } = page(`${prefix(locale)}/policies/${policy.slug}/`);
      const words = locale === 'en' ? policy.en : policy.zh;
      expect(html).toContain(words.title);
      expect(html).toContain(words.issuer);
      expect(html).toContain(policy.documentNumber);
    }
    const { html } = page(`${prefix(locale)}/policies/${successor.slug}/`);
    expect(html).toContain('2026-05-12');
    expect(html).toContain(locale === 'en' ? 'No expiry date' : '长期有效');
    expect(html).toContain(locale === 'en' ? 'In force' : '现行有效');
  });

  it.each(LOCALES)('puts the repealed notice and the successor link on the old policy in %s', (locale) => {
    const pathname = `${prefix(locale)}/policies/${repealed.slug}/`;
    const notice = elements(page(pathname).root, (e) => e.attribs['data-policy-notice'] !== undefined);
    expect(notice.map((e) => e.attribs['data-policy-notice'])).toEqual(['repealed']);
    expect(text(notice[0] as Element)).toContain(locale === 'en' ? 'has been repealed' : '此政策已废止');
    const links = elements(notice, (e) => e.attribs['data-policy-successor'] !== undefined);
    expect(links.map((a) => a.attribs.href)).toEqual([`${prefix(locale)}/policies/${successor.slug}/`]);
    expect(text(links[0] as Element)).toBe(locale === 'en' ? successor.en.title : successor.zh.title);
    // The successor has no notice and lists what it replaced.
    const current = `${prefix(locale)}/policies/${successor.slug}/`;
    expect(elements(page(current).root, (e) => e.attribs['data-policy-notice'] !== undefined)).toEqual([]);
    expect(linksTo(current, pathname)).toBe(true);
  });

  it('warns on a policy marked in force whose expiry date passed before the build', () => {
    const notice = elements(
      page(`/policies/${expired.slug}/`).root,
      (e) => e.attribs['data-policy-notice'] !== undefined,
    );
    expect(notice.map((e) => e.attribs['data-policy-notice'])).toEqual(['expired']);
    expect(text(notice[0] as Element)).toContain(`此政策的有效期已于 ${expired.expiryDate} 届满`);
  });

  it.each(LOCALES)('links the policy and its interpretation both ways in %s', (locale) => {
    const articleSlug = interpretationArticle.slug;
    expect(
      linksTo(`${prefix(locale)}/policies/${successor.slug}/`, `${prefix(locale)}/articles/${articleSlug}/`),
    ).toBe(true);
    const articlePage = page(`${prefix(locale)}/articles/${articleSlug}/`);
    const list = elements(articlePage.root, (e) => e.attribs['data-policy-list'] === 'interpreted-policies');
    expect(list).toHaveLength(1);
    expect(text(list[0] as Element)).toContain(
      locale === 'en' ? 'Policies this article interprets' : '本文解读的政策',
    );
    const hrefs = elements(list, (e) => e.name === 'a').map((a) => a.attribs.href);
    expect(hrefs).toContain(`${prefix(locale)}/policies/${successor.slug}/`);
    expect(articleId).not.toBe('');
  });

  it.each(LOCALES)('lists the policies on their city and industry pages in %s', (locale) => {
    expect(linksTo(`${prefix(locale)}/cities/qingdao/`, `${prefix(locale)}/policies/${repealed.slug}/`)).toBe(
      true,
    );
    expect(
      linksTo(`${prefix(locale)}/industries/modern-marine/`, `${prefix(locale)}/policies/${successor.slug}/`),
    ).toBe(true);
  });

  it.each(LOCALES)('declares each policy as schema.org Legislation with its legal force in %s', (locale) => {
    const [current] = jsonLd(`${prefix(locale)}/policies/${successor.slug}/`).filter(
      (o) => o['@type'] === 'Legislation',
    );
    expect(current).toMatchObject({
      legislationIdentifier: successor.documentNumber,
      legislationDate: '2026-05-12',
      legislationLegalForce: 'InForce',
      legislationJurisdiction: locale === 'en' ? 'Shandong Province' : '山东省',
    });
    const [old] = jsonLd(`${prefix(locale)}/policies/${repealed.slug}/`).filter(
      (o) => o['@type'] === 'Legislation',
    );
    expect(old).toMatchObject({ legislationLegalForce: 'NotInForce', expires: '2026-05-31' });
  });

  it('declares a policy still marked in force but past its expiry date NotInForce', () => {
    const [lapsed] = jsonLd(`/policies/${expired.slug}/`).filter((o) => o['@type'] === 'Legislation');
    expect(lapsed).toMatchObject({ legislationLegalForce: 'NotInForce', expires: expired.expiryDate });
  });

  it.each(LOCALES)(
    'has filter pages that work without JavaScript and list exactly the matching policies in %s',
    async (locale) => {
      const policies = await publishedPolicies(locale);
      const chinese = new Map((await publishedPolicies('zh-Hans')).map((p) => [p.documentId, p.issuer]));
      expect(policies.map((p) => p.slug)).toEqual(expect.arrayContaining([successor.slug, repealed.slug]));
      const slugs = (keep: (p: PublishedPolicy) => boolean) =>
        policies
          .filter(keep)
          .map((p) => p.slug)
          .sort();
      const issuerOf = (p: PublishedPolicy) => issuerSlug(chinese.get(p.documentId) ?? p.issuer);
      const base = `${prefix(locale)}/policies/`;
      const cases: Array<[string, (p: PublishedPolicy) => boolean]> = [
        ['level/municipal', (p) => p.level === 'municipal'],
        ['level/national', (p) => p.level === 'national'],
        ['city/qingdao', (p) => p.city?.slug === 'qingdao'],
        ['industry/modern-marine', (p) => p.industries.some((i) => i.slug === 'modern-marine')],
        ['validity/repealed', (p) => p.validity === 'repealed'],
        ['validity/in-force', (p) => p.validity === 'in_force'],
        ['year/2026', (p) => p.issueDate.startsWith('2026')],
        [`issuer/${issuerSlug(successor.zh.issuer)}`, (p) => issuerOf(p) === issuerSlug(successor.zh.issuer)],
        [`issuer/${issuerSlug('山东省人民政府')}`, (p) => issuerOf(p) === issuerSlug('山东省人民政府')],
      ];
      for (const [filter, keep] of cases) {
        const expected = slugs(keep);
        expect(expected.length, `${filter}: the data has no such policy`).toBeGreaterThan(0);
        expect(shownPolicies(`${base}${filter}/`), `${base}${filter}/`).toEqual(expected);
      }
      // The library itself shows them all, and links every filter page it offers.
      expect(shownPolicies(base)).toEqual(slugs(() => true));
      expect(linksTo(base, `${base}level/municipal/`)).toBe(true);
      expect(linksTo(base, `${base}issuer/${issuerSlug(successor.zh.issuer)}/`)).toBe(true);
    },
  );
});
