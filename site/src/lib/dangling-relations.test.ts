import type { Article, City, CollectionTypeName } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { fixtureArticle, ref } from './__fixtures__/article.ts';
import { type DanglingInput, danglingRelations } from './dangling-relations.ts';

const article = (documentId: string, overrides: Partial<Article> = {}) =>
  fixtureArticle(documentId, { locale: 'en', ...overrides });

function index(articles: Article[], published: Partial<Record<CollectionTypeName, string[]>>): DanglingInput {
  const byId = Object.fromEntries(
    (['article', 'city', 'industry', 'park', 'project', 'contact'] as const).map((type) => [
      type,
      new Map((published[type] ?? []).map((id) => [id, { documentId: id } as City])),
    ]),
  ) as unknown as DanglingInput['byId'];
  return { locale: 'en', byId, articles, cities: [], parks: [], projects: [], contacts: [] };
}

describe('danglingRelations', () => {
  it('names the document, locale and field of each relation to a document missing in this locale', () => {
    const warnings = danglingRelations(
      index([article('a1', { city: ref('jinan'), parks: [ref('draft-park')], industries: [ref('it')] })], {
        city: ['jinan'],
        industry: ['it'],
      }),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ type: 'article', documentId: 'a1', locale: 'en', field: 'parks' });
    expect(warnings[0]?.message).toContain('draft-park-slug');
  });

  it('reports nothing when every target is published', () => {
    const warnings = danglingRelations(index([article('a1', { city: ref('jinan') })], { city: ['jinan'] }));
    expect(warnings).toEqual([]);
  });
});
