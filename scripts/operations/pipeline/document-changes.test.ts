import { describe, expect, it } from 'vitest';
import { documentChanges } from './document-changes.ts';
import type { FingerprintDocument } from './fingerprint.ts';

const doc = (
  documentId: string,
  updatedAt: string,
  locale = 'zh-Hans',
  slug = documentId,
): FingerprintDocument => ({
  collection: 'articles',
  locale,
  documentId,
  slug,
  updatedAt,
});

describe('documentChanges', () => {
  it('names the documents added, changed and removed, each locale on its own', () => {
    const before = [doc('a', '1'), doc('b', '1'), doc('b', '1', 'en'), doc('c', '1'), doc('d', '1')];
    const after = [
      doc('a', '1'),
      doc('b', '2', 'en'),
      doc('b', '1'),
      doc('c', '1', 'zh-Hans', 'c-new'),
      doc('e', '1'),
    ];
    const changes = documentChanges(before, after);
    expect(changes?.added.map((d) => d.documentId)).toEqual(['e']);
    expect(changes?.changed.map((d) => `${d.documentId}/${d.locale}/${d.slug}`)).toEqual([
      'b/en/b',
      'c/zh-Hans/c-new',
    ]);
    expect(changes?.removed).toEqual([
      { collection: 'articles', locale: 'zh-Hans', documentId: 'd', slug: 'd' },
    ]);
  });

  it('knows nothing without the previous build’s documents', () => {
    expect(documentChanges(undefined, [doc('a', '1')])).toBeNull();
  });
});
