import type { Article, ArticleColumn } from '@select-shandong/shared-types';
import { COLUMN_LABELS } from '../../i18n/enum-labels.ts';
import { otherLocale, type SiteLocale } from '../../i18n/locales.ts';
import {
  cityTopicPath,
  columnPath,
  columnSection,
  documentPath,
  isCityTopic,
  sectionPath,
} from '../../i18n/paths.ts';
import { articleSearchStrings } from '../../i18n/strings/article-search.ts';
// Type-only: the trail is pure, so it runs in unit tests without Astro's content layer.
import type { LocaleIndex } from '../../lib/site-index.ts';

/** One breadcrumb below home, as BaseLayout takes it. */
export interface Crumb {
  label: string;
  href?: string;
}

/**
 * The section an article's column belongs to, as readers name it; also the Pagefind `section`
 * filter, so that the many columns group into a handful of choices (city topics under 城市要览).
 */
export function articleSectionLabel(locale: SiteLocale, column: ArticleColumn): string {
  const text = articleSearchStrings(locale);
  if (isCityTopic(column)) return text.sectionCities;
  const labels = {
    news: text.sectionNews,
    talent: text.sectionTalent,
    settle: text.sectionSettle,
    cases: text.sectionCases,
  };
  return labels[columnSection(column)];
}

/**
 * The breadcrumb trail of an article: section › column › title, or for a city topic
 * 城市要览 › city › topic › title (the column listing when the city is not published here).
 */
export function articleBreadcrumbs(index: LocaleIndex, article: Article): Crumb[] {
  const { locale } = index;
  const column = COLUMN_LABELS[article.column][locale];
  const title = { label: article.title };
  const city =
    isCityTopic(article.column) && article.city ? index.byId.city.get(article.city.documentId) : undefined;
  if (city) {
    return [
      { label: articleSectionLabel(locale, article.column), href: sectionPath(locale, 'cities') },
      { label: city.name, href: documentPath(locale, 'city', city.slug) },
      { label: column, href: cityTopicPath(locale, city.slug, article.column) },
      title,
    ];
  }
  const section = columnSection(article.column);
  const sectionLabel = isCityTopic(article.column)
    ? articleSearchStrings(locale).sectionNews
    : articleSectionLabel(locale, article.column);
  return [
    { label: sectionLabel, href: sectionPath(locale, section) },
    { label: column, href: columnPath(locale, article.column) },
    title,
  ];
}

/**
 * Where the language switch leads when the article has no translation: the other locale's page of
 * the article's section (城市要览 for city topics), so the reader stays in the same part of the site.
 */
export function untranslatedArticleFallback(locale: SiteLocale, column: ArticleColumn): string {
  const other = otherLocale(locale);
  return sectionPath(other, isCityTopic(column) ? 'cities' : columnSection(column));
}
