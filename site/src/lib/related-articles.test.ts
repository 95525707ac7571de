import type { Article } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { fixtureArticle, ref } from './__fixtures__/article.ts';
import { relatedArticles, relatedLookup } from './related-articles.ts';

const article = (documentId: string, overrides: Partial<Article> = {}) =>
  fixtureArticle(documentId, { ...overrides });

describe('relatedArticles', () => {
  const self = article('self', { city: ref('jinan'), industries: [ref('it')], parks: [ref('p1')] });

  const scoreOrder = (candidates: Article[]) =>
    relatedArticles(self, relatedLookup([self, ...candidates]), 10).map((a) => a.documentId);

  it('ranks a shared city above a shared industry above the same column, and skips unrelated ones', () => {
    const sameCity = article('a', { column: 'major_events', city: ref('jinan') });
    const sameIndustry = article('b', { column: 'major_events', industries: [ref('it')] });
    const sameColumn = article('c');
    const unrelated = article('d', { column: 'major_events', city: ref('qingdao') });
    expect(scoreOrder([sameColumn, unrelated, sameIndustry, sameCity])).toEqual(['a', 'b', 'c']);
  });

  it('adds up overlaps: city and column together beat a city alone', () => {
    const cityOnly = article('city-only', { column: 'major_events', city: ref('jinan') });
    const cityAndColumn = article('city-and-column', { city: ref('jinan') });
    expect(scoreOrder([cityOnly, cityAndColumn])).toEqual(['city-and-column', 'city-only']);
  });

  it('never lists the article itself or unrelated ones, best first, then newest', () => {
    const older = article('older', { releasedAt: '2023-01-01T00:00:00.000Z' });
    const newer = article('newer', { releasedAt: '2024-06-01T00:00:00.000Z' });
    const sameCity = article('same-city', { column: 'major_events', city: ref('jinan') });
    const unrelated = article('unrelated', { column: 'major_events' });
    const result = relatedArticles(self, relatedLookup([self, older, unrelated, newer, sameCity]));
    expect(result.map((a) => a.documentId)).toEqual(['same-city', 'newer', 'older']);
  });

  it('keeps at most `limit` articles', () => {
    const many = Array.from({ length: 10 }, (_, i) => article(`a${i}`));
    expect(relatedArticles(self, relatedLookup(many))).toHaveLength(6);
    expect(relatedArticles(self, relatedLookup(many), 2)).toHaveLength(2);
  });

  it('does not count a missing city as a match', () => {
    const x = article('x', { column: 'key_meetings' });
    expect(relatedArticles(x, relatedLookup([x, article('y')]))).toEqual([]);
  });
});
