// The preview's copy of the site's URL sections, held to the site's own table and the model's uids;
// the draft links, held to the types the preview server renders.
import { describe, expect, it } from 'vitest';
import { API_TYPES, COLLECTION_TYPES } from '../../../shared-types/src/index.ts';
import { TYPE_SECTIONS } from '../../../site/src/i18n/paths.ts';
import { verifyPreviewLink } from '../../../site/src/preview/preview-link.ts';
import { PREVIEWED_SINGLE_TYPES, PREVIEWED_TYPES } from '../../../site/src/preview/previewed-types.ts';
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
  const now = new Date('2026-12-01T08:00:00Z');

  it('links every type with a page to its preview route, English under /en/, signed, never with the secret', () => {
    const types = [...PREVIEWED_TYPES, ...PREVIEWED_SINGLE_TYPES];
    for (const type of types) {
      for (const [locale, lang] of [
        ['en', 'en/'],
        ['zh-Hans', ''],
      ] as const) {
        const url = new URL(
          draftPreviewUrl(
            'http://127.0.0.1:4323/',
            secret,
            API_TYPES[type].uid,
            { documentId: 'abc123', locale },
            now,
          ) ?? 'http://missing.invalid',
        );
        expect(`${url.origin}${url.pathname}`).toBe(`http://127.0.0.1:4323/preview/${type}/abc123/${lang}`);
        expect(verifyPreviewLink(secret, url, now)).toMatchObject({
          target: { type, documentId: 'abc123', locale },
        });
        expect(url.href).not.toContain(secret);
      }
    }
  });

  it('has no draft link for types without a page', () => {
    expect(
      draftPreviewUrl('http://127.0.0.1:4323', secret, 'api::suggestion.suggestion', { documentId: 'x' }),
    ).toBeNull();
  });
});
