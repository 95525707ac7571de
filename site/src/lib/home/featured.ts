import type { Article, Park, Policy, Project } from '@select-shandong/shared-types';
import { ARTICLE_COLUMNS, type ArticleColumn } from '@select-shandong/shared-types';
import { columnSection, isCityTopic } from '../../i18n/paths.ts';

/** The five news columns (资讯要情 … 产业新闻), in menu order; city topics are listed per city instead. */
export const NEWS_COLUMNS: readonly ArticleColumn[] = ARTICLE_COLUMNS.filter(
  (column) => columnSection(column) === 'news' && !isCityTopic(column),
);

/** The newest articles of the news columns (the input is sorted newest first). */
export function headlineArticles(articles: readonly Article[], count: number): Article[] {
  return articles.filter((article) => NEWS_COLUMNS.includes(article.column)).slice(0, count);
}

/** National-level parks, oldest first (the long-established zones are the portal's flagships). */
export function featuredParks(parks: readonly Park[], count: number): Park[] {
  return parks
    .filter((park) => park.level === 'national')
    .sort((a, b) => (a.foundedYear ?? 9999) - (b.foundedYear ?? 9999) || a.slug.localeCompare(b.slug))
    .slice(0, count);
}

/** Projects still seeking partners, largest total investment first. */
export function featuredProjects(projects: readonly Project[], count: number): Project[] {
  return projects
    .filter((project) => project.stage === 'seeking')
    .sort((a, b) => b.totalInvestment - a.totalInvestment || a.slug.localeCompare(b.slug))
    .slice(0, count);
}

/** The newest policies still in force (the input is sorted newest issue date first). */
export function latestPolicies(policies: readonly Policy[], count: number): Policy[] {
  return policies.filter((policy) => policy.validity === 'in_force').slice(0, count);
}
