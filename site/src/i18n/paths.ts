import type { ArticleColumn, CollectionTypeName } from '@select-shandong/shared-types';
import type { SiteLocale } from './locales.ts';

/** URL segment of each collection type's document pages. */
export const TYPE_SECTIONS = {
  article: 'articles',
  city: 'cities',
  industry: 'industries',
  park: 'parks',
  project: 'projects',
  event: 'events',
  contact: 'contacts',
  policy: 'policies',
  job: 'jobs',
} as const satisfies Record<CollectionTypeName, string>;

/** A top-level section of the site. */
export type Section =
  | (typeof TYPE_SECTIONS)[CollectionTypeName]
  | 'news'
  | 'advantages'
  | 'search'
  | 'talent'
  | 'settle'
  | 'cases'
  | 'accessibility'
  | 'suggestions';

/** The sections whose index page is a listing or a landing page, in menu order. */
export const LISTING_SECTIONS = [
  'news',
  'cities',
  'industries',
  'parks',
  'projects',
  'policies',
  'events',
  'jobs',
  'contacts',
  'talent',
  'settle',
  'cases',
  'advantages',
] as const satisfies readonly Section[];

/** Every section with an index page in every locale. */
export const SECTION_INDEXES = [
  ...LISTING_SECTIONS,
  'search',
  'accessibility',
  'suggestions',
] as const satisfies readonly Section[];

/** The sections whose listings are article columns. */
export type ColumnSection = 'news' | 'talent' | 'settle' | 'cases';

const prefix = (locale: SiteLocale) => (locale === 'zh' ? '' : '/en');

/** Home page path: `/` or `/en/`. */
export function homePath(locale: SiteLocale): string {
  return `${prefix(locale)}/`;
}

/** Section index path, e.g. `/cities/` or `/en/cities/`. */
export function sectionPath(locale: SiteLocale, section: Section): string {
  return `${prefix(locale)}/${section}/`;
}

/** A document's page path, e.g. `/articles/<slug>/` or `/en/parks/<slug>/`. */
export function documentPath(locale: SiteLocale, type: CollectionTypeName, slug: string): string {
  return `${prefix(locale)}/${TYPE_SECTIONS[type]}/${slug}/`;
}

/** URL slug of an article column: the enum value with hyphens (`investment_news` → `investment-news`). */
export function columnSlug(column: ArticleColumn): string {
  return column.replaceAll('_', '-');
}

/**
 * The section a column is listed in: talent_* → talent (招才引智), settle_* → settle (落户山东),
 * case_* → cases (合作案例); news columns and the city topics (city_*) → news.
 */
export function columnSection(column: ArticleColumn): ColumnSection {
  if (column.startsWith('talent_')) return 'talent';
  if (column.startsWith('settle_')) return 'settle';
  if (column.startsWith('case_')) return 'cases';
  return 'news';
}

/**
 * Columns whose stories became a database of their own (issue 11: 重大活动 → events). Their tab
 * and every link to them lead to that section; they get no listing page or feed of their own.
 */
export const MOVED_COLUMNS: Partial<Record<ArticleColumn, Section>> = { major_events: 'events' };

/** A column listing path, e.g. `/news/investment-news/`, `/en/talent/talent-policy/`. */
export function columnPath(locale: SiteLocale, column: ArticleColumn): string {
  const movedTo = MOVED_COLUMNS[column];
  if (movedTo) return sectionPath(locale, movedTo);
  return `${prefix(locale)}/${columnSection(column)}/${columnSlug(column)}/`;
}

/** Whether a column is a city topic (营商环境 …), listed per city under /cities/<slug>/<topic>/. */
export function isCityTopic(column: ArticleColumn): boolean {
  return column.startsWith('city_');
}

/** A city topic page, e.g. `/cities/liaocheng/business-environment/` for city_business_environment. */
export function cityTopicPath(locale: SiteLocale, citySlug: string, column: ArticleColumn): string {
  return `${prefix(locale)}/cities/${citySlug}/${column.replace(/^city_/, '').replaceAll('_', '-')}/`;
}

/** The file a path is written to below the output directory (`/en/cities/` → `en/cities/index.html`). */
export function outputFileFor(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}
