import type { Article, ArticleColumn, City } from '@select-shandong/shared-types';
import { ARTICLE_COLUMNS } from '@select-shandong/shared-types';
import { isCityTopic } from '../../i18n/paths.ts';
import type { LocaleIndex } from '../site-index.ts';

/** The city topic columns (营商环境, 投资政策), in menu order. */
export const CITY_TOPIC_COLUMNS: readonly ArticleColumn[] = ARTICLE_COLUMNS.filter(isCityTopic);

/** URL segment of a city topic (`city_business_environment` → `business-environment`), as cityTopicPath writes it. */
export function topicSegment(column: ArticleColumn): string {
  return column.replace(/^city_/, '').replaceAll('_', '-');
}

/**
 * A city's topics that have articles in this locale, each with its articles newest first.
 * A topic page (/cities/<slug>/<topic>/) is built exactly for these, so link only to them.
 */
export function cityTopics(index: LocaleIndex, city: City): { column: ArticleColumn; articles: Article[] }[] {
  const articles = index.cityArticles.get(city.documentId) ?? [];
  return CITY_TOPIC_COLUMNS.map((column) => ({
    column,
    articles: articles.filter((article) => article.column === column),
  })).filter((topic) => topic.articles.length > 0);
}
