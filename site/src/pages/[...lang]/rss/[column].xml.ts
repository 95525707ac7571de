import type { ArticleColumn } from '@select-shandong/shared-types';
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLUMN_LABELS } from '../../../i18n/enum-labels.ts';
import { langParam, localeFromParam, SITE_LOCALES } from '../../../i18n/locales.ts';
import { columnPath, columnSlug, documentPath } from '../../../i18n/paths.ts';
import { shellStrings } from '../../../i18n/strings/shell.ts';
import { t } from '../../../i18n/ui-strings.ts';
import { FEED_COLUMNS, feedPath } from '../../../lib/seo/feeds.ts';
import { renderRss } from '../../../lib/seo/rss.ts';
import { getSiteIndex } from '../../../lib/site-index.ts';

/** Newest articles per feed; older ones stay reachable through the paginated column pages. */
const FEED_SIZE = 50;

export const getStaticPaths = (() =>
  SITE_LOCALES.flatMap((locale) =>
    FEED_COLUMNS.map((column) => ({
      params: { lang: langParam(locale), column: columnSlug(column) },
      props: { column },
    })),
  )) satisfies GetStaticPaths;

/** RSS 2.0 feed of one news column in one locale: its newest articles, newest first. */
export const GET: APIRoute<{ column: ArticleColumn }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.lang);
  const index = await getSiteIndex(locale);
  const siteName = index.siteSetting?.siteName ?? t(locale).siteName;
  const label = COLUMN_LABELS[props.column][locale];
  const url = (path: string) => new URL(path, site).href;
  // The index is sorted newest first.
  const articles = (index.articlesByColumn.get(props.column) ?? []).slice(0, FEED_SIZE);
  const xml = await renderRss(
    {
      title: shellStrings(locale).feedTitle(siteName, label),
      link: url(columnPath(locale, props.column)),
      description: index.siteSetting?.slogan ?? t(locale).slogan,
      language: locale === 'zh' ? 'zh-cn' : 'en',
      selfUrl: url(feedPath(locale, props.column)),
    },
    articles.map((article) => ({
      title: article.title,
      link: url(documentPath(locale, 'article', article.slug)),
      description: article.summary,
      publishedAt: article.releasedAt,
      author: article.editor,
      category: label,
    })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
