import { ARTICLE_COLUMNS } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { columnPath, columnSlug, documentPath, homePath, outputFileFor, sectionPath } from './paths.ts';

describe('URL scheme', () => {
  it('serves zh at the root and en under /en/', () => {
    expect(homePath('zh')).toBe('/');
    expect(homePath('en')).toBe('/en/');
    expect(sectionPath('zh', 'cities')).toBe('/cities/');
    expect(documentPath('en', 'article', 'port-news')).toBe('/en/articles/port-news/');
    expect(documentPath('zh', 'contact', 'dofcom')).toBe('/contacts/dofcom/');
    expect(columnPath('en', 'investment_news')).toBe('/en/news/investment-news/');
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
