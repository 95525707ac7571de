import { type Article, COLLECTION_TYPES, type CollectionTypeName } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { fixtureArticle, ref } from './__fixtures__/article.ts';
import { type DanglingInput, danglingRelations, RELATION_FIELDS } from './dangling-relations.ts';

const article = (documentId: string, overrides: Partial<Article> = {}) =>
  fixtureArticle(documentId, { locale: 'en', ...overrides });

/** A locale's index holding `articles`, and of every other type only the documentIds in `published`. */
function index(articles: Article[], published: Partial<Record<CollectionTypeName, string[]>>): DanglingInput {
  const stub = (type: CollectionTypeName) =>
    new Map((published[type] ?? []).map((id) => [id, { ...article(id), documentId: id }]));
  const byId = Object.fromEntries(COLLECTION_TYPES.map((type) => [type, stub(type)]));
  return {
    locale: 'en',
    byId: { ...byId, article: new Map(articles.map((a) => [a.documentId, a])) } as DanglingInput['byId'],
  };
}

describe('danglingRelations', () => {
  it('names the document, locale and field of each relation to a document missing in this locale', () => {
    const warnings = danglingRelations(
      index([article('a1', { city: ref('jinan'), parks: [ref('draft-park')], industries: [ref('it')] })], {
        city: ['jinan'],
        industry: ['it'],
      }),
    );
    expect(warnings).toEqual([
      {
        type: 'article',
        documentId: 'a1',
        locale: 'en',
        field: 'parks',
        message:
          'points to park "draft-park-slug" (draft-park), which is not published in this locale; rendered without a link',
      },
    ]);
  });

  it('reports nothing when every target is published', () => {
    const warnings = danglingRelations(index([article('a1', { city: ref('jinan') })], { city: ['jinan'] }));
    expect(warnings).toEqual([]);
  });

  it('checks every relation the model declares, read from its expectations', () => {
    expect(RELATION_FIELDS.map(({ type, field, target }) => `${type}.${field} → ${target}`)).toEqual([
      'article.city → city',
      'article.industries → industry',
      'article.parks → park',
      'city.industries → industry',
      'park.city → city',
      'park.industries → industry',
      'contact.city → city',
      'project.city → city',
      'project.industry → industry',
      'policy.city → city',
      'policy.industries → industry',
      'policy.supersededBy → policy',
      'policy.interpretation → article',
      'event.city → city',
      'event.projects → project',
      'event.industries → industry',
      'job.city → city',
      'job.industry → industry',
    ]);
  });
});
