import type { Article, City } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { cityTopicPath } from '../../i18n/paths.ts';
import type { LocaleIndex } from '../site-index.ts';
import { CITY_TOPIC_COLUMNS, cityTopics, topicSegment } from './city-topics.ts';

describe('cityTopics', () => {
  it('lists only topics with articles, in menu order, keeping article order', () => {
    const articles = [
      { slug: 'p1', column: 'city_investment_policy' },
      { slug: 'n1', column: 'investment_news' },
      { slug: 'p2', column: 'city_investment_policy' },
    ] as Article[];
    const index = { cityArticles: new Map([['c1', articles]]) } as unknown as LocaleIndex;
    const topics = cityTopics(index, { documentId: 'c1' } as City);
    expect(topics.map((topic) => topic.column)).toEqual(['city_investment_policy']);
    expect(topics[0]?.articles.map((a) => a.slug)).toEqual(['p1', 'p2']);
  });

  it('returns nothing for a city without articles', () => {
    const index = { cityArticles: new Map() } as unknown as LocaleIndex;
    expect(cityTopics(index, { documentId: 'x' } as City)).toEqual([]);
  });
});

describe('topicSegment', () => {
  it('matches the segment of cityTopicPath', () => {
    for (const column of CITY_TOPIC_COLUMNS)
      expect(cityTopicPath('zh', 'liaocheng', column)).toBe(`/cities/liaocheng/${topicSegment(column)}/`);
  });
});
