import type { Article, Park, Project } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { featuredParks, featuredProjects, headlineArticles, NEWS_COLUMNS } from './featured.ts';

const article = (slug: string, column: Article['column']) => ({ slug, column }) as Article;
const park = (slug: string, level: Park['level'], foundedYear: number | null) =>
  ({ slug, level, foundedYear }) as Park;
const project = (slug: string, stage: Project['stage'], totalInvestment: number) =>
  ({ slug, stage, totalInvestment }) as Project;

describe('NEWS_COLUMNS', () => {
  it('are the five news columns of the menu', () => {
    expect(NEWS_COLUMNS).toEqual([
      'news_brief',
      'investment_news',
      'key_meetings',
      'major_events',
      'industry_news',
    ]);
  });
});

describe('headlineArticles', () => {
  it('keeps the order and leaves out guides, talent, cases and city topics', () => {
    const articles = [
      article('a', 'settle_tax'),
      article('b', 'investment_news'),
      article('c', 'city_business_environment'),
      article('d', 'news_brief'),
      article('e', 'industry_news'),
    ];
    expect(headlineArticles(articles, 2).map((a) => a.slug)).toEqual(['b', 'd']);
  });
});

describe('featuredParks', () => {
  it('takes national parks, oldest first, unknown years last', () => {
    const parks = [
      park('p1', 'provincial', 1980),
      park('n1', 'national', null),
      park('n2', 'national', 1984),
      park('n3', 'national', 1992),
    ];
    expect(featuredParks(parks, 3).map((p) => p.slug)).toEqual(['n2', 'n3', 'n1']);
  });
});

describe('featuredProjects', () => {
  it('takes projects seeking partners, largest first', () => {
    const projects = [
      project('s', 'signed', 500),
      project('a', 'seeking', 10),
      project('b', 'seeking', 80),
      project('c', 'negotiating', 90),
    ];
    expect(featuredProjects(projects, 5).map((p) => p.slug)).toEqual(['b', 'a']);
  });
});
