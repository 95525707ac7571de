import { ARTICLE_COLUMNS } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import {
  cityTopicPath,
  columnPath,
  columnSlug,
  documentPath,
  homePath,
  outputFileFor,
  sectionPath,
} from './paths.ts';

describe('URL scheme', () => {
  it('serves zh at the root and en under /en/', () => {
    expect(homePath('zh')).toBe('/');
    expect(homePath('en')).toBe('/en/');
    expect(sectionPath('zh', 'cities')).toBe('/cities/');
    expect(documentPath('en', 'article', 'port-news')).toBe('/en/articles/port-news/');
    expect(documentPath('zh', 'contact', 'dofcom')).toBe('/contacts/dofcom/');
    expect(columnPath('en', 'investment_news')).toBe('/en/news/investment-news/');
  });

  it('lists talent, settle-in and case columns in their own sections, city topics per city', () => {
    expect(columnPath('zh', 'talent_policy')).toBe('/talent/talent-policy/');
    expect(columnPath('en', 'settle_tax')).toBe('/en/settle/settle-tax/');
    expect(columnPath('zh', 'case_talent')).toBe('/cases/case-talent/');
    expect(cityTopicPath('zh', 'liaocheng', 'city_business_environment')).toBe(
      '/cities/liaocheng/business-environment/',
    );
  });

  it('gives every column a distinct URL slug', () => {
    const slugs = ARTICLE_COLUMNS.map(columnSlug);
    expect(new Set(slugs).size).toBe(ARTICLE_COLUMNS.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('maps a path to the file in the output directory', () => {
    expect(outputFileFor('/')).toBe('index.html');
    expect(outputFileFor('/en/parks/jinan-hitech/')).toBe('en/parks/jinan-hitech/index.html');
  });
});
