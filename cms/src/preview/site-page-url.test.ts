// The preview's copy of the site's URL sections, held to the site's own table and the model's uids;
// the draft links, held to the types the preview server renders.
import { describe, expect, it } from 'vitest';
import { API_TYPES, COLLECTION_TYPES } from '../../../shared-types/src/index.ts';
import { TYPE_SECTIONS } from '../../../site/src/i18n/paths.ts';
import { PREVIEWED_TYPES } from '../../../site/src/preview/previewed-types.ts';
import { draftPreviewUrl, SECTION_BY_UID } from './site-page-url';

describe('SECTION_BY_UID', () => {
  it('gives every collection type the section the site renders it under', () => {
    const expected = Object.fromEntries(
      COLLECTION_TYPES.map((type) => [API_TYPES[type].uid, TYPE_SECTIONS[type]]),
    );
    expect(SECTION_BY_UID).toEqual(expected);
  });
});

describe('draftPreviewUrl', () => {
  const secret = 'preview-secret-0123456789';

  it('links every type the preview server renders to its route, English under /en/, with the secret', () => {
    for (const type of PREVIEWED_TYPES) {
      const url = draftPreviewUrl('http://127.0.0.1:4323/', secret, API_TYPES[type].uid, {
        documentId: 'abc123',
        locale: 'en',
      });
      expect(url).toBe(`http://127.0.0.1:4323/preview/${type}/abc123/en/?secret=${secret}`);
    }
    expect(
      draftPreviewUrl('https://preview.example', secret, 'api::article.article', {
        documentId: 'abc123',
        locale: 'zh-Hans',
      }),
    ).toBe(`https://preview.example/preview/article/abc123/?secret=${secret}`);
  });

  it('has no draft link for types without a page of their own', () => {
    for (const uid of ['api::site-setting.site-setting', 'api::suggestion.suggestion']) {
      expect(draftPreviewUrl('http://127.0.0.1:4323', secret, uid, { documentId: 'x' })).toBeNull();
    }
  });
});
