import { ARTICLE_COLUMNS, type ArticleColumn } from '@select-shandong/shared-types';
import { COLUMN_LABELS } from '../../i18n/enum-labels.ts';
import type { SiteLocale } from '../../i18n/locales.ts';
import {
  columnPath,
  columnSection,
  columnSlug,
  isCityTopic,
  MOVED_COLUMNS,
  sectionPath,
} from '../../i18n/paths.ts';
import { policyStrings } from '../../i18n/strings/policies.ts';

/** A feed a page advertises with `<link rel="alternate" type="application/rss+xml">`. */
export interface FeedLink {
  title: string;
  href: string;
}

/**
 * The columns that have an RSS feed: the news columns (资讯要情 · 投资动态 · 重要会议 · 产业新闻);
 * 重大活动 moved to the events section, which has its calendar feed instead.
 */
export const FEED_COLUMNS: readonly ArticleColumn[] = ARTICLE_COLUMNS.filter(
  (column) => columnSection(column) === 'news' && !isCityTopic(column) && !MOVED_COLUMNS[column],
);

/** Path of a column's feed: `/rss/<column-slug>.xml` or `/en/rss/<column-slug>.xml`. */
export function feedPath(locale: SiteLocale, column: ArticleColumn): string {
  return `${locale === 'zh' ? '' : '/en'}/rss/${columnSlug(column)}.xml`;
}

/** The feeds of a column page (empty for columns without a feed); pass as BaseLayout's `feeds`. */
export function columnFeeds(locale: SiteLocale, column: ArticleColumn): FeedLink[] {
  if (!FEED_COLUMNS.includes(column)) return [];
  return [{ title: `RSS · ${COLUMN_LABELS[column][locale]}`, href: feedPath(locale, column) }];
}

/** Every news feed of a locale, e.g. for the news section page. */
export function allNewsFeeds(locale: SiteLocale): FeedLink[] {
  return FEED_COLUMNS.flatMap((column) => columnFeeds(locale, column));
}

/** Path of the policy library's feed: `/rss/policies.xml` or `/en/rss/policies.xml`. */
export function policyFeedPath(locale: SiteLocale): string {
  return `${locale === 'zh' ? '' : '/en'}/rss/policies.xml`;
}

/**
 * The feeds a page advertises when it does not name them: the policy feed on the policy library, a news column's own feed on each of its
 * listing pages (`/news/<column>/`, `/news/<column>/page/2/`), every news feed on the news section page.
 */
export function feedsForPath(locale: SiteLocale, pathname: string): FeedLink[] {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === sectionPath(locale, 'news')) return allNewsFeeds(locale);
  if (path === sectionPath(locale, 'policies')) {
    return [{ title: `RSS · ${policyStrings(locale).feedTitle}`, href: policyFeedPath(locale) }];
  }
  const column = FEED_COLUMNS.find(
    (c) => path === columnPath(locale, c) || path.startsWith(`${columnPath(locale, c)}page/`),
  );
  return column ? columnFeeds(locale, column) : [];
}
