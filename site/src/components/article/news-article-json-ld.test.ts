import type { Article } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd } from './news-article-json-ld.ts';

const article = {
  title: '标题',
  summary: null,
  releasedAt: '2024-03-28T01:00:00.000Z',
  updatedAt: '2024-04-01T00:00:00.000Z',
  source: '山东省商务厅',
  editor: '李文静',
} as Article;

const context = {
  pageUrl: 'https://example.org/articles/a/',
  inLanguage: 'zh-Hans',
  siteName: '选择山东',
  homeUrl: 'https://example.org/',
};

describe('newsArticleJsonLd', () => {
  it('describes the article with its source, editor, publisher and page', () => {
    const data = newsArticleJsonLd(article, context);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: '标题',
      datePublished: '2024-03-28T01:00:00.000Z',
      dateModified: '2024-04-01T00:00:00.000Z',
      author: { '@type': 'Organization', name: '山东省商务厅' },
      editor: { '@type': 'Person', name: '李文静' },
      publisher: { name: '选择山东' },
      inLanguage: 'zh-Hans',
      mainEntityOfPage: { '@id': 'https://example.org/articles/a/' },
    });
    expect(data).not.toHaveProperty('description');
    expect(data).not.toHaveProperty('image');
  });

  it('never reports a modification before publication', () => {
    const backdated = { ...article, updatedAt: '2024-01-01T00:00:00.000Z' };
    expect(newsArticleJsonLd(backdated, context).dateModified).toBe('2024-03-28T01:00:00.000Z');
  });
});
