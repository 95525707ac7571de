import { describe, expect, it } from 'vitest';
import type { DraftReader } from '../cms/draft.ts';
import { ContentValidationError } from '../cms/errors.ts';
import { readPreviewDraft } from './draft-reader.ts';

/** A reader that answers from a table, or throws what it is given, and records what it was asked. */
function fakeReader(answer: unknown, asked: string[] = []): DraftReader {
  return {
    fetchDraft: async (type, documentId, locale) => {
      asked.push(`${type} ${documentId} ${locale}`);
      if (answer instanceof Error) throw answer;
      return answer as never;
    },
    fetchPublishedStamp: async () => 'stamp',
  };
}

describe('readPreviewDraft', () => {
  it('reads the draft of the type, document and locale the URL names', async () => {
    const asked: string[] = [];
    const article = { documentId: 'abc', title: '草稿' };
    const outcome = await readPreviewDraft(
      { type: 'article', documentId: 'abc', lang: 'en' },
      fakeReader(article, asked),
    );
    expect(outcome).toEqual({ draft: { type: 'article', document: article } });
    expect(asked).toEqual(['article abc en']);
    await readPreviewDraft({ type: 'park', documentId: 'p1' }, fakeReader(article, asked));
    expect(asked.at(-1)).toBe('park p1 zh-Hans');
    // Single types too: the site settings as the home page shows them.
    await readPreviewDraft(
      { type: 'site-setting', documentId: 's1', lang: 'en' },
      fakeReader(article, asked),
    );
    expect(asked.at(-1)).toBe('site-setting s1 en');
  });

  it('answers 404 for a type without a page, an unknown locale or a missing draft', async () => {
    const reader = fakeReader(null);
    for (const params of [
      { type: 'suggestion', documentId: 'abc' },
      { type: 'suggestions', documentId: 'abc' },
      { type: 'article', documentId: 'abc', lang: 'fr' },
      { type: 'article', documentId: 'abc' },
    ]) {
      expect(await readPreviewDraft(params, reader)).toMatchObject({ status: 404 });
    }
  });

  it('answers 422 naming the field when the draft is not yet a valid page', async () => {
    const invalid = new ContentValidationError({
      type: 'article',
      documentId: 'abc',
      locale: 'zh-Hans',
      issues: [{ path: 'source', problem: 'expected string, received nothing (field absent)' }],
    });
    const outcome = await readPreviewDraft({ type: 'article', documentId: 'abc' }, fakeReader(invalid));
    expect(outcome).toMatchObject({ status: 422 });
    expect('message' in outcome && outcome.message).toMatch(/source/);
  });
});
