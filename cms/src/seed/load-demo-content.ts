import type { Core, Modules, UID } from '@strapi/strapi';
import { eventTimes } from './event-times';
import type {
  ArticleFixture,
  CityFixture,
  ContactFixture,
  EventFixture,
  IndustryFixture,
  JobFixture,
  ParkFixture,
  PolicyFixture,
  ProjectFixture,
} from './fixture-types';
import type { DemoContent } from './fixtures';
import {
  articleCover,
  articlesWithCovers,
  type CityNames,
  cityCover,
  type DemoCover,
  type IndustryNames,
  industryCover,
  parkCover,
} from './images/demo-covers';
import { type CoverStats, emptyCoverStats, uploadCover } from './images/upload-cover';
import { shanghaiDateOffset } from './relative-dates';

type SlugMap = Map<string, string>;
/** A document's writable fields, as the generated schema types (cms/types/generated) define them. */
type Input<TUID extends UID.ContentType> = Modules.Documents.Params.Data.Input<TUID>;
type Fields<TUID extends UID.ContentType> = Partial<Input<TUID>>;

/** What one collection's fixture turns into: shared fields (relations resolved) and per-locale text. */
interface Prepared<TUID extends CollectionUID> {
  slug: string;
  shared: Fields<TUID>;
  zh: Fields<TUID>;
  en?: Fields<TUID>;
  /** A generated picture to upload and attach as `cover` when the document is created. */
  cover?: DemoCover;
}

/** Counts of what one run created and skipped, per type. */
export type SeedReport = Record<string, { created: number; skipped: number }>;

/** The collection types the demo content fills (each has draft & publish and a `slug`). */
type CollectionUID =
  | 'api::industry.industry'
  | 'api::city.city'
  | 'api::park.park'
  | 'api::contact.contact'
  | 'api::project.project'
  | 'api::policy.policy'
  | 'api::event.event'
  | 'api::job.job'
  | 'api::article.article';
/** The single types it fills. */
type SingleUID = 'api::site-setting.site-setting' | 'api::advantages-page.advantages-page';

function resolve(map: SlugMap, slug: string, where: string): string {
  const documentId = map.get(slug);
  if (!documentId) throw new Error(`demo content: ${where} refers to unknown slug "${slug}"`);
  return documentId;
}

/** Runs one Document Service call, naming the fixture (type, slug, locale) if it fails. */
async function withContext<T>(uid: string, slug: string, locale: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const details = (error as { details?: { errors?: Array<{ path: string[]; message: string }> } }).details;
    const fields = details?.errors?.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ');
    const reason = fields || (error instanceof Error ? error.message : String(error));
    throw new Error(`demo content ${uid} "${slug}" (${locale}): ${reason}`, { cause: error });
  }
}

/**
 * Creates each fixture that does not exist yet (matched by slug in zh-Hans), with its cover, adds
 * its English version, and publishes both. Existing documents are left untouched, so re-running
 * changes nothing (and renders no picture).
 */
async function seedCollection(
  strapi: Core.Strapi,
  uid: CollectionUID,
  items: Prepared<CollectionUID>[],
  report: SeedReport,
  covers: CoverStats,
): Promise<SlugMap> {
  const api = strapi.documents(uid);
  const slugs: SlugMap = new Map();
  const counts = { created: 0, skipped: 0 };
  for (const item of items) {
    const found = await api.findFirst({ locale: 'zh-Hans', status: 'draft', filters: { slug: item.slug } });
    if (found) {
      slugs.set(item.slug, found.documentId);
      counts.skipped += 1;
      continue;
    }
    const cover = item.cover;
    // The cover field is not localized: set once, both locales show the same file.
    const shared = cover
      ? {
          ...item.shared,
          cover: await withContext(uid, item.slug, '*', () => uploadCover(strapi, cover, covers)),
        }
      : item.shared;
    const { documentId } = await withContext(uid, item.slug, 'zh-Hans', () =>
      // shared and zh together are the whole document (the types check each part against the schema).
      api.create({ locale: 'zh-Hans', data: { ...shared, ...item.zh } as Input<CollectionUID> }),
    );
    const en = item.en;
    if (en) {
      await withContext(uid, item.slug, 'en', () =>
        api.update({ documentId, locale: 'en', data: { ...shared, ...en } }),
      );
    }
    await withContext(uid, item.slug, '*', () => api.publish({ documentId, locale: '*' }));
    slugs.set(item.slug, documentId);
    counts.created += 1;
  }
  report[uid] = counts;
  return slugs;
}

/** Creates and publishes a single type in both locales when it does not exist yet. */
async function seedSingle(
  strapi: Core.Strapi,
  uid: SingleUID,
  text: { zh: Fields<SingleUID>; en: Fields<SingleUID> },
  report: SeedReport,
): Promise<void> {
  const api = strapi.documents(uid);
  if (await api.findFirst({ locale: 'zh-Hans', status: 'draft' })) {
    report[uid] = { created: 0, skipped: 1 };
    return;
  }
  const { documentId } = await api.create({ locale: 'zh-Hans', data: { ...text.zh } as Input<SingleUID> });
  await api.update({ documentId, locale: 'en', data: { ...text.en } });
  await api.publish({ documentId, locale: '*' });
  report[uid] = { created: 1, skipped: 0 };
}

function prepareIndustry(f: IndustryFixture): Prepared<'api::industry.industry'> {
  return {
    slug: f.slug,
    shared: { slug: f.slug, order: f.order },
    zh: f.zh,
    en: f.en,
    cover: industryCover(f),
  };
}

function prepareCity(f: CityFixture, industries: SlugMap): Prepared<'api::city.city'> {
  const shared = {
    slug: f.slug,
    adminCode: f.adminCode,
    order: f.order,
    location: f.location,
    industries: f.industries.map((s) => resolve(industries, s, `city ${f.slug} industries`)),
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en, cover: cityCover(f) };
}

function preparePark(
  f: ParkFixture,
  cities: SlugMap,
  industries: SlugMap,
  cityNames: CityNames,
): Prepared<'api::park.park'> {
  const shared = {
    slug: f.slug,
    parkType: f.parkType,
    level: f.level,
    city: resolve(cities, f.city, `park ${f.slug} city`),
    industries: f.industries.map((s) => resolve(industries, s, `park ${f.slug} industries`)),
    areaKm2: f.areaKm2,
    foundedYear: f.foundedYear,
    location: f.location,
    website: f.website,
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en, cover: parkCover(f, cityNames) };
}

function prepareContact(f: ContactFixture, cities: SlugMap): Prepared<'api::contact.contact'> {
  const shared = {
    slug: f.slug,
    category: f.category,
    city: f.city ? resolve(cities, f.city, `contact ${f.slug} city`) : null,
    phone: f.phone,
    email: f.email,
    website: f.website,
    order: f.order,
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en };
}

function prepareProject(
  f: ProjectFixture,
  cities: SlugMap,
  industries: SlugMap,
): Prepared<'api::project.project'> {
  const shared = {
    slug: f.slug,
    city: resolve(cities, f.city, `project ${f.slug} city`),
    industry: resolve(industries, f.industry, `project ${f.slug} industry`),
    totalInvestment: f.totalInvestment,
    cooperationMode: f.cooperationMode,
    stage: f.stage,
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en };
}

/** The slug maps a policy's relations resolve against. */
interface PolicyTargets {
  cities: SlugMap;
  industries: SlugMap;
  articles: SlugMap;
  /** Policies seeded in an earlier wave: the successors of the ones seeded now. */
  policies: SlugMap;
  /** Slugs of the articles that have an English version. */
  englishArticles: ReadonlySet<string>;
}

function preparePolicy(f: PolicyFixture, to: PolicyTargets): Prepared<'api::policy.policy'> {
  const where = `policy ${f.slug}`;
  const shared = {
    slug: f.slug,
    documentNumber: f.documentNumber,
    level: f.level,
    city: f.city ? resolve(to.cities, f.city, `${where} city`) : null,
    industries: f.industries.map((s) => resolve(to.industries, s, `${where} industries`)),
    issueDate: f.issueDate,
    effectiveDate: f.effectiveDate,
    expiryDate: f.expiryDate,
    longTerm: f.longTerm,
    validity: f.validity,
    supersededBy: f.supersededBy ? resolve(to.policies, f.supersededBy, `${where} supersededBy`) : null,
    interpretation: f.interpretation
      ? resolve(to.articles, f.interpretation, `${where} interpretation`)
      : null,
  };
  // A relation of the English version points to the target's English version: an interpretation
  // written only in Chinese is left out there.
  const chineseOnly = f.interpretation !== undefined && !to.englishArticles.has(f.interpretation);
  const en = f.en && chineseOnly ? { ...f.en, interpretation: null } : f.en;
  return { slug: f.slug, shared, zh: f.zh, en };
}

/**
 * Seeds the policies in two waves, successors first, so that an amended or repealed policy can
 * name the one that replaced it (a successor that is itself superseded is not supported).
 */
async function seedPolicies(
  strapi: Core.Strapi,
  fixtures: readonly PolicyFixture[],
  targets: Omit<PolicyTargets, 'policies'>,
  report: SeedReport,
  covers: CoverStats,
): Promise<void> {
  const current = fixtures.filter((f) => !f.supersededBy);
  const superseded = fixtures.filter((f) => f.supersededBy);
  const none: SlugMap = new Map();
  const first = await seedCollection(
    strapi,
    'api::policy.policy',
    current.map((f) => preparePolicy(f, { ...targets, policies: none })),
    report,
    covers,
  );
  const firstCounts = report['api::policy.policy'] ?? { created: 0, skipped: 0 };
  await seedCollection(
    strapi,
    'api::policy.policy',
    superseded.map((f) => preparePolicy(f, { ...targets, policies: first })),
    report,
    covers,
  );
  const secondCounts = report['api::policy.policy'] ?? { created: 0, skipped: 0 };
  report['api::policy.policy'] = {
    created: firstCounts.created + secondCounts.created,
    skipped: firstCounts.skipped + secondCounts.skipped,
  };
}

function prepareEvent(
  f: EventFixture,
  seededAt: Date,
  cities: SlugMap,
  industries: SlugMap,
  projects: SlugMap,
): Prepared<'api::event.event'> {
  const times = eventTimes(f.when, seededAt);
  const shared = {
    slug: f.slug,
    eventType: f.eventType,
    ...times,
    registrationDeadline: times.registrationDeadline ?? undefined,
    city: f.city ? resolve(cities, f.city, `event ${f.slug} city`) : null,
    industries: f.industries.map((s) => resolve(industries, s, `event ${f.slug} industries`)),
    projects: f.projects.map((s) => resolve(projects, s, `event ${f.slug} projects`)),
    registrationUrl: f.registrationUrl,
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en };
}

/** A job, its posting and closing dates counted from `seededAt` so current ones stay current. */
function prepareJob(
  f: JobFixture,
  cities: SlugMap,
  industries: SlugMap,
  seededAt: Date,
): Prepared<'api::job.job'> {
  const shared = {
    slug: f.slug,
    city: resolve(cities, f.city, `job ${f.slug} city`),
    industry: resolve(industries, f.industry, `job ${f.slug} industry`),
    openings: f.openings,
    employmentType: f.employmentType,
    ...(f.education ? { education: f.education } : {}),
    ...(f.salaryMin === undefined ? {} : { salaryMin: f.salaryMin }),
    ...(f.salaryMax === undefined ? {} : { salaryMax: f.salaryMax }),
    salaryNegotiable: f.salaryNegotiable ?? false,
    postedAt: shanghaiDateOffset(seededAt, -f.postedDaysAgo),
    validUntil: shanghaiDateOffset(seededAt, f.validForDays - f.postedDaysAgo),
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en };
}

/** Names of the cities and industries, which park and article covers show. */
interface Names {
  cities: CityNames;
  industries: IndustryNames;
}

function demoNames(content: DemoContent): Names {
  const name = (f: { slug: string; zh: { name: string }; en?: { name: string } }) =>
    [f.slug, { zh: f.zh.name, en: f.en?.name ?? f.slug }] as const;
  return { cities: new Map(content.cities.map(name)), industries: new Map(content.industries.map(name)) };
}

function prepareArticle(
  f: ArticleFixture,
  cities: SlugMap,
  industries: SlugMap,
  parks: SlugMap,
  cover: DemoCover | undefined,
): Prepared<'api::article.article'> {
  const shared = {
    slug: f.slug,
    column: f.column,
    releasedAt: f.releasedAt,
    city: f.city ? resolve(cities, f.city, `article ${f.slug} city`) : null,
    industries: f.industries.map((s) => resolve(industries, s, `article ${f.slug} industries`)),
    parks: f.parks.map((s) => resolve(parks, s, `article ${f.slug} parks`)),
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en, cover };
}

/**
 * Loads the demo content through the Document Service, in dependency order, publishing every
 * document in each of its locales, with generated covers on cities, industries, parks and some
 * articles. Job and upcoming event dates are offsets from `seededAt` (Asia/Shanghai), so a fresh
 * demo always has current jobs and upcoming events. Idempotent: documents that exist
 * (by slug) are skipped.
 */
export async function loadDemoContent(
  strapi: Core.Strapi,
  content: DemoContent,
  seededAt: Date = new Date(),
): Promise<SeedReport> {
  const report: SeedReport = {};
  const covers = emptyCoverStats();
  const names = demoNames(content);
  const withCover = articlesWithCovers(content.articles);
  const industries = await seedCollection(
    strapi,
    'api::industry.industry',
    content.industries.map(prepareIndustry),
    report,
    covers,
  );
  const cities = await seedCollection(
    strapi,
    'api::city.city',
    content.cities.map((f) => prepareCity(f, industries)),
    report,
    covers,
  );
  const parks = await seedCollection(
    strapi,
    'api::park.park',
    content.parks.map((f) => preparePark(f, cities, industries, names.cities)),
    report,
    covers,
  );
  await seedCollection(
    strapi,
    'api::contact.contact',
    content.contacts.map((f) => prepareContact(f, cities)),
    report,
    covers,
  );
  const projects = await seedCollection(
    strapi,
    'api::project.project',
    content.projects.map((f) => prepareProject(f, cities, industries)),
    report,
    covers,
  );
  await seedCollection(
    strapi,
    'api::event.event',
    content.events.map((f) => prepareEvent(f, seededAt, cities, industries, projects)),
    report,
    covers,
  );
  await seedCollection(
    strapi,
    'api::job.job',
    content.jobs.map((f) => prepareJob(f, cities, industries, seededAt)),
    report,
    covers,
  );
  const articles = await seedCollection(
    strapi,
    'api::article.article',
    content.articles.map((f) =>
      prepareArticle(
        f,
        cities,
        industries,
        parks,
        withCover.has(f.slug) ? articleCover(f, names.cities, names.industries) : undefined,
      ),
    ),
    report,
    covers,
  );
  const englishArticles = new Set(content.articles.filter((a) => a.en).map((a) => a.slug));
  await seedPolicies(
    strapi,
    content.policies,
    { cities, industries, articles, englishArticles },
    report,
    covers,
  );
  strapi.log.info(
    `[seed] covers: ${covers.uploaded} uploaded (=${covers.reused} reused), ${covers.bytes} bytes, ` +
      `render ${covers.renderMs} ms, upload ${covers.uploadMs} ms`,
  );
  await seedSingle(strapi, 'api::site-setting.site-setting', content.siteSettings, report);
  await seedSingle(strapi, 'api::advantages-page.advantages-page', content.advantagesPage, report);
  return report;
}
