import type { ArticleColumn, CollectionTypeName } from '@select-shandong/shared-types';
import type { SiteLocale } from './locales.ts';

/** URL segment of each collection type's document pages. */
export const TYPE_SECTIONS = {
  article: 'articles',
  city: 'cities',
  industry: 'industries',
  park: 'parks',
  project: 'projects',
  contact: 'contacts',
} as const satisfies Record<CollectionTypeName, string>;

/** A top-level section of the site. */
export type Section = (typeof TYPE_SECTIONS)[CollectionTypeName] | 'news' | 'advantages' | 'search';

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

/** A column listing path, e.g. `/news/investment-news/`. */
export function columnPath(locale: SiteLocale, column: ArticleColumn): string {
  return `${prefix(locale)}/news/${columnSlug(column)}/`;
}

/** The file a path is written to below the output directory (`/en/cities/` → `en/cities/index.html`). */
export function outputFileFor(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}
