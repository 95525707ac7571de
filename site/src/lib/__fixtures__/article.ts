import type { Article } from '@select-shandong/shared-types';

/** A relation reference whose slug is derived from its documentId. */
export const ref = (documentId: string) => ({ documentId, slug: `${documentId}-slug` });

/** A minimal valid article for unit tests; `overrides` set what a test is about. */
export function fixtureArticle(documentId: string, overrides: Partial<Article> = {}): Article {
  return {
    documentId,
    locale: 'zh-Hans',
    updatedAt: '2024-01-01T00:00:00.000Z',
    publishedAt: '2024-01-01T00:00:00.000Z',
    title: documentId,
    slug: documentId,
    summary: null,
    body: '',
    cover: null,
    attachments: [],
    column: 'news_brief',
    releasedAt: '2024-01-01T00:00:00.000Z',
    source: 's',
    editor: 'e',
    city: null,
    industries: [],
    parks: [],
    seo: null,
    ...overrides,
  };
}
