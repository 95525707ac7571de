import type { Article, City } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import type { LocaleIndex } from '../../lib/site-index.ts';
import { articleBreadcrumbs, articleSectionLabel, untranslatedArticleFallback } from './article-trail.ts';

const liaocheng = { documentId: 'c1', slug: 'liaocheng', name: '聊城' } as City;

function indexWith(cities: City[]): LocaleIndex {
  const byId = { city: new Map(cities.map((city) => [city.documentId, city])) };
  return { locale: 'zh', byId } as unknown as LocaleIndex;
}

const article = (overrides: Partial<Article>) =>
  ({ title: '标题', column: 'investment_news', city: null, ...overrides }) as Article;

describe('article trail', () => {
  it('groups columns into their sections for the search filter', () => {
    expect(articleSectionLabel('zh', 'investment_news')).toBe('资讯要情');
    expect(articleSectionLabel('zh', 'talent_policy')).toBe('招才引智');
    expect(articleSectionLabel('en', 'settle_tax')).toBe('Settle in Shandong');
    expect(articleSectionLabel('zh', 'case_talent')).toBe('合作案例');
    expect(articleSectionLabel('zh', 'city_business_environment')).toBe('城市要览');
  });

  it('leads a news article through its section and column', () => {
    expect(articleBreadcrumbs(indexWith([]), article({ column: 'talent_policy' }))).toEqual([
      { label: '招才引智', href: '/talent/' },
      { label: '人才政策', href: '/talent/talent-policy/' },
      { label: '标题' },
    ]);
  });

  it('leads a city topic through the city and its topic page', () => {
    const topic = article({
      column: 'city_business_environment',
      city: { documentId: 'c1', slug: 'liaocheng' },
    });
    expect(articleBreadcrumbs(indexWith([liaocheng]), topic)).toEqual([
      { label: '城市要览', href: '/cities/' },
      { label: '聊城', href: '/cities/liaocheng/' },
      { label: '营商环境', href: '/cities/liaocheng/business-environment/' },
      { label: '标题' },
    ]);
  });

  it('falls back to the column listing when the city is not published in this locale', () => {
    const topic = article({
      column: 'city_business_environment',
      city: { documentId: 'gone', slug: 'gone' },
    });
    expect(articleBreadcrumbs(indexWith([liaocheng]), topic)).toEqual([
      { label: '资讯要情', href: '/news/' },
      { label: '营商环境', href: '/news/city-business-environment/' },
      { label: '标题' },
    ]);
  });

  it('sends the language switch of an untranslated article to the section page', () => {
    expect(untranslatedArticleFallback('zh', 'investment_news')).toBe('/en/news/');
    expect(untranslatedArticleFallback('zh', 'settle_tax')).toBe('/en/settle/');
    expect(untranslatedArticleFallback('zh', 'city_investment_policy')).toBe('/en/cities/');
  });
});
