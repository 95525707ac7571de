// The preview's copy of the site's URL sections, held to the site's own table and the model's uids.
import { describe, expect, it } from 'vitest';
import { API_TYPES, COLLECTION_TYPES } from '../../../shared-types/src/index.ts';
import { TYPE_SECTIONS } from '../../../site/src/i18n/paths.ts';
import { SECTION_BY_UID } from './site-page-url';

describe('SECTION_BY_UID', () => {
  it('gives every collection type the section the site renders it under', () => {
    const expected = Object.fromEntries(
      COLLECTION_TYPES.map((type) => [API_TYPES[type].uid, TYPE_SECTIONS[type]]),
    );
    expect(SECTION_BY_UID).toEqual(expected);
  });
});
