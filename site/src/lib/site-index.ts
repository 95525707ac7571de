import { getCollection } from 'astro:content';
import type {
  Article,
  ArticleColumn,
  CollectionTypeName,
  Contact,
  RelationRef,
} from '@select-shandong/shared-types';
import { CONTACT_CATEGORIES } from '@select-shandong/shared-types';
import { type SiteLocale, toCmsLocale } from '../i18n/locales.ts';
import { recordWarning } from './build-report.ts';
import { BUILD_TIME } from './build-time.ts';
import { danglingRelations } from './dangling-relations.ts';
import { groupBy } from './group-by.ts';
import { draftSingleOf, overlayCache } from './index-overlay.ts';
import { compareJobsNewestFirst, currentJobs } from './jobs/job-expiry.ts';
import type { DocumentOf, LocaleIndex } from './locale-index.ts';

/** Re-exported so pages and components keep one import for the index and its type. */
export type { DocumentOf, LocaleIndex } from './locale-index.ts';

const ids = (refs: readonly RelationRef[]) => refs.map((ref) => ref.documentId);
const one = (ref: RelationRef | null) => (ref ? [ref.documentId] : []);
const byMap = <T extends { documentId: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.documentId, item]));

async function load(locale: SiteLocale) {
  const cms = toCmsLocale(locale);
  const mine = <T extends { data: { locale: string } }>(entry: T) => entry.data.locale === cms;
  const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  const [
    articles,
    cities,
    industries,
    parks,
    projects,
    contacts,
    policies,
    events,
    jobs,
    settings,
    advantages,
  ] = await Promise.all([
    getCollection('articles', mine).then(data),
    getCollection('cities', mine).then(data),
    getCollection('industries', mine).then(data),
    getCollection('parks', mine).then(data),
    getCollection('projects', mine).then(data),
    getCollection('contacts', mine).then(data),
    getCollection('policies', mine).then(data),
    getCollection('events', mine).then(data),
    getCollection('jobs', mine).then(data),
    getCollection('siteSettings', mine).then(data),
    getCollection('advantagesPages', mine).then(data),
  ]);
  articles.sort(
    (a, b) => Date.parse(b.releasedAt) - Date.parse(a.releasedAt) || a.slug.localeCompare(b.slug),
  );
  cities.sort((a, b) => a.order - b.order);
  industries.sort((a, b) => a.order - b.order);
  parks.sort((a, b) => a.name.localeCompare(b.name, cms));
  projects.sort((a, b) => a.name.localeCompare(b.name, cms));
  jobs.sort(compareJobsNewestFirst);
  const category = (contact: Contact) => CONTACT_CATEGORIES.indexOf(contact.category);
  contacts.sort((a, b) => category(a) - category(b) || a.order - b.order);
  policies.sort((a, b) => b.issueDate.localeCompare(a.issueDate) || a.slug.localeCompare(b.slug));
  events.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.slug.localeCompare(b.slug));
  return {
    articles,
    cities,
    industries,
    parks,
    projects,
    contacts,
    policies,
    events,
    jobs,
    settings,
    advantages,
  };
}

async function build(locale: SiteLocale): Promise<LocaleIndex> {
  const {
    articles,
    cities,
    industries,
    parks,
    projects,
    contacts,
    policies,
    events,
    jobs,
    settings,
    advantages,
  } = await load(locale);
  const open = currentJobs(jobs, BUILD_TIME);
  const index: LocaleIndex = {
    locale,
    articles,
    cities,
    industries,
    parks,
    projects,
    contacts,
    policies,
    events,
    jobs,
    currentJobs: open,
    siteSetting: draftSingleOf('site-setting', toCmsLocale(locale)) ?? settings[0] ?? null,
    advantagesPage: draftSingleOf('advantages-page', toCmsLocale(locale)) ?? advantages[0] ?? null,
    byId: {
      article: byMap(articles),
      city: byMap(cities),
      industry: byMap(industries),
      park: byMap(parks),
      project: byMap(projects),
      contact: byMap(contacts),
      policy: byMap(policies),
      event: byMap(events),
      job: byMap(jobs),
    },
    articlesByColumn: groupBy(articles, (a) => [a.column]) as Map<ArticleColumn, Article[]>,
    cityParks: groupBy(parks, (p) => one(p.city)),
    cityProjects: groupBy(projects, (p) => one(p.city)),
    cityContacts: groupBy(contacts, (c) => one(c.city)),
    cityJobs: groupBy(open, (j) => one(j.city)),
    cityArticles: groupBy(articles, (a) => one(a.city)),
    cityPolicies: groupBy(policies, (p) => one(p.city)),
    cityEvents: groupBy(events, (e) => one(e.city)),
    industryCities: groupBy(cities, (c) => ids(c.industries)),
    industryParks: groupBy(parks, (p) => ids(p.industries)),
    industryProjects: groupBy(projects, (p) => one(p.industry)),
    industryJobs: groupBy(open, (j) => one(j.industry)),
    industryArticles: groupBy(articles, (a) => ids(a.industries)),
    industryPolicies: groupBy(policies, (p) => ids(p.industries)),
    parkArticles: groupBy(articles, (a) => ids(a.parks)),
    articlePolicies: groupBy(policies, (p) => one(p.interpretation)),
    policySupersedes: groupBy(policies, (p) => one(p.supersededBy)),
  };
  for (const warning of danglingRelations(index)) recordWarning(warning);
  return index;
}

const cached = overlayCache<SiteLocale, LocaleIndex>();

/**
 * The index of one locale, built once per build and shared by all pages; in the draft preview,
 * rebuilt when the content reloads or a single type's draft is laid over it (index-overlay.ts).
 */
export function getSiteIndex(locale: SiteLocale): Promise<LocaleIndex> {
  return cached(locale, () => build(locale));
}

/** The document a relation points to in this locale, or undefined when it is not published there. */
export function resolveRef<T extends CollectionTypeName>(
  index: LocaleIndex,
  type: T,
  ref: RelationRef | null,
): DocumentOf[T] | undefined {
  return ref ? index.byId[type].get(ref.documentId) : undefined;
}

/** Resolves a list of relations, keeping the order and marking the ones without a target. */
export function resolveRefs<T extends CollectionTypeName>(
  index: LocaleIndex,
  type: T,
  refs: readonly RelationRef[],
): { ref: RelationRef; target: DocumentOf[T] | undefined }[] {
  return refs.map((ref) => ({ ref, target: index.byId[type].get(ref.documentId) }));
}
