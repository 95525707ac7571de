import { CMS_LOCALES, COLLECTION_TYPES, CONTENT_TYPE_RULES } from '@select-shandong/shared-types';
import { SITE_LOCALES, toCmsLocale } from '@select-shandong/site/i18n/locales';
import { documentPath, outputFileFor } from '@select-shandong/site/i18n/paths';
import { describe, expect, it } from 'vitest';
import { documentPageFile } from './verify.ts';

const doc = (collection: string, locale: string) => ({
  collection,
  locale,
  documentId: 'd1',
  slug: 'qingdao-port',
  updatedAt: '2026-01-01',
});

describe('documentPageFile', () => {
  for (const type of COLLECTION_TYPES) {
    for (const locale of SITE_LOCALES) {
      it(`expects the file the site writes for a ${type} in ${locale}`, () => {
        const listed = doc(CONTENT_TYPE_RULES[type].path, toCmsLocale(locale));
        expect(documentPageFile(listed)).toBe(outputFileFor(documentPath(locale, type, 'qingdao-port')));
      });
    }
  }

  it('resolves every collection and locale the fingerprint lists', () => {
    // The fingerprint lists documents by their REST path, for every CMS locale.
    for (const collection of COLLECTION_TYPES.map((type) => CONTENT_TYPE_RULES[type].path)) {
      for (const locale of CMS_LOCALES) {
        expect(documentPageFile(doc(collection, locale))).toMatch(/\/qingdao-port\/index\.html$/);
      }
    }
  });

  it('keeps today’s scheme: zh at the root, en under en/', () => {
    expect(documentPageFile(doc('parks', 'zh-Hans'))).toBe('parks/qingdao-port/index.html');
    expect(documentPageFile(doc('parks', 'en'))).toBe('en/parks/qingdao-port/index.html');
  });

  it('names the REST paths it knows when a collection is unknown', () => {
    expect(() => documentPageFile(doc('harbours', 'en'))).toThrow(/"harbours".*articles, cities/);
  });
});
