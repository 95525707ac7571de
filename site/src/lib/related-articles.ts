import type { Article, ArticleColumn } from '@select-shandong/shared-types';
import { groupBy } from './group-by.ts';

/** How much each kind of overlap counts: the same city says more than the same column. */
const WEIGHTS = { city: 3, industry: 2, park: 2, column: 1 } as const;

/** Articles of one locale grouped by what they refer to (the site index has exactly these maps). */
export interface RelatedLookup {
  cityArticles: ReadonlyMap<string, readonly Article[]>;
  industryArticles: ReadonlyMap<string, readonly Article[]>;
  parkArticles: ReadonlyMap<string, readonly Article[]>;
  articlesByColumn: ReadonlyMap<ArticleColumn, readonly Article[]>;
}

/** Builds a RelatedLookup from a list of articles (for callers without a site index, e.g. tests). */
export function relatedLookup(articles: readonly Article[]): RelatedLookup {
  return {
    cityArticles: groupBy(articles, (a) => (a.city ? [a.city.documentId] : [])),
    industryArticles: groupBy(articles, (a) => a.industries.map((ref) => ref.documentId)),
    parkArticles: groupBy(articles, (a) => a.parks.map((ref) => ref.documentId)),
    articlesByColumn: groupBy(articles, (a) => [a.column]) as Map<ArticleColumn, Article[]>,
  };
}

interface Scored {
  article: Article;
  score: number;
  time: number;
}

/**
 * Articles related to `article` by city, industry, park or column: best score first, then newest,
 * never the article itself. Only articles that share something are looked at (through the lookup's
 * groups), so a page costs the size of its groups, not of the whole collection — this runs once per
 * article page, 20,000 times per locale on a large portal.
 */
export function relatedArticles(article: Article, lookup: RelatedLookup, limit = 6): Article[] {
  const scores = new Map<string, Scored>();
  const add = (group: readonly Article[] | undefined, weight: number) => {
    for (const candidate of group ?? []) {
      if (candidate.documentId === article.documentId) continue;
      const entry = scores.get(candidate.documentId);
      if (entry) entry.score += weight;
      else
        scores.set(candidate.documentId, {
          article: candidate,
          score: weight,
          time: Date.parse(candidate.releasedAt),
        });
    }
  };
  if (article.city) add(lookup.cityArticles.get(article.city.documentId), WEIGHTS.city);
  for (const ref of article.industries) add(lookup.industryArticles.get(ref.documentId), WEIGHTS.industry);
  for (const ref of article.parks) add(lookup.parkArticles.get(ref.documentId), WEIGHTS.park);
  add(lookup.articlesByColumn.get(article.column), WEIGHTS.column);
  return [...scores.values()]
    .sort((a, b) => b.score - a.score || b.time - a.time || a.article.slug.localeCompare(b.article.slug))
    .slice(0, limit)
    .map((entry) => entry.article);
}
