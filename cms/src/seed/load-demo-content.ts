import type { Core, Modules, UID } from '@strapi/strapi';
import type {
  ArticleFixture,
  CityFixture,
  ContactFixture,
  IndustryFixture,
  ParkFixture,
  ProjectFixture,
} from './fixture-types';
import type { DemoContent } from './fixtures';

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
 * Creates each fixture that does not exist yet (matched by slug in zh-Hans), adds its English
 * version, and publishes both. Existing documents are left untouched, so re-running changes nothing.
 */
async function seedCollection(
  strapi: Core.Strapi,
  uid: CollectionUID,
  items: Prepared<CollectionUID>[],
  report: SeedReport,
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
    const { documentId } = await withContext(uid, item.slug, 'zh-Hans', () =>
      // shared and zh together are the whole document (the types check each part against the schema).
      api.create({ locale: 'zh-Hans', data: { ...item.shared, ...item.zh } as Input<CollectionUID> }),
    );
    const en = item.en;
    if (en) {
      await withContext(uid, item.slug, 'en', () =>
        api.update({ documentId, locale: 'en', data: { ...item.shared, ...en } }),
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
  return { slug: f.slug, shared: { slug: f.slug, order: f.order }, zh: f.zh, en: f.en };
}

function prepareCity(f: CityFixture, industries: SlugMap): Prepared<'api::city.city'> {
  const shared = {
    slug: f.slug,
    adminCode: f.adminCode,
    order: f.order,
    location: f.location,
    industries: f.industries.map((s) => resolve(industries, s, `city ${f.slug} industries`)),
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en };
}

function preparePark(f: ParkFixture, cities: SlugMap, industries: SlugMap): Prepared<'api::park.park'> {
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
  return { slug: f.slug, shared, zh: f.zh, en: f.en };
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

function prepareArticle(
  f: ArticleFixture,
  cities: SlugMap,
  industries: SlugMap,
  parks: SlugMap,
): Prepared<'api::article.article'> {
  const shared = {
    slug: f.slug,
    column: f.column,
    releasedAt: f.releasedAt,
    city: f.city ? resolve(cities, f.city, `article ${f.slug} city`) : null,
    industries: f.industries.map((s) => resolve(industries, s, `article ${f.slug} industries`)),
    parks: f.parks.map((s) => resolve(parks, s, `article ${f.slug} parks`)),
  };
  return { slug: f.slug, shared, zh: f.zh, en: f.en };
}

/**
 * Loads the demo content through the Document Service, in dependency order, publishing every
 * document in each of its locales. Idempotent: documents that exist (by slug) are skipped.
 */
export async function loadDemoContent(strapi: Core.Strapi, content: DemoContent): Promise<SeedReport> {
  const report: SeedReport = {};
  const industries = await seedCollection(
    strapi,
    'api::industry.industry',
    content.industries.map(prepareIndustry),
    report,
  );
  const cities = await seedCollection(
    strapi,
    'api::city.city',
    content.cities.map((f) => prepareCity(f, industries)),
    report,
  );
  const parks = await seedCollection(
    strapi,
    'api::park.park',
    content.parks.map((f) => preparePark(f, cities, industries)),
    report,
  );
  await seedCollection(
    strapi,
    'api::contact.contact',
    content.contacts.map((f) => prepareContact(f, cities)),
    report,
  );
  await seedCollection(
    strapi,
    'api::project.project',
    content.projects.map((f) => prepareProject(f, cities, industries)),
    report,
  );
  await seedCollection(
    strapi,
    'api::article.article',
    content.articles.map((f) => prepareArticle(f, cities, industries, parks)),
    report,
  );
  await seedSingle(strapi, 'api::site-setting.site-setting', content.siteSettings, report);
  await seedSingle(strapi, 'api::advantages-page.advantages-page', content.advantagesPage, report);
  return report;
}
