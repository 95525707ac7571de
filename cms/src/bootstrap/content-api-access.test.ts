// The CMS runs compiled CommonJS and cannot import shared-types' TypeScript at runtime, so its
// lists of public types and locales are copies; these tests fail when a copy drifts from the model.
import { describe, expect, it } from 'vitest';
import { API_TYPES, CMS_LOCALES, COLLECTION_TYPES, SINGLE_TYPES } from '../../../shared-types/src/index.ts';
import {
  PUBLIC_ACTIONS,
  PUBLIC_READ_ACTIONS,
  READABLE_COLLECTIONS,
  READABLE_SINGLES,
} from './content-api-access';
import { CONTENT_LOCALES, DEFAULT_LOCALE } from './locales';

const publicOfKind = (kind: 'collectionType' | 'singleType') =>
  Object.values(API_TYPES).filter((type) => type.public && type.kind === kind);

describe('the CMS copies of the model stay in step with shared-types', () => {
  it('READABLE_COLLECTIONS and READABLE_SINGLES are the public API types', () => {
    expect([...READABLE_COLLECTIONS]).toEqual([...COLLECTION_TYPES]);
    expect([...READABLE_SINGLES]).toEqual([...SINGLE_TYPES]);
  });

  it('the public may read every public type, and create suggestions, nothing more', () => {
    const reads = [
      ...publicOfKind('collectionType').flatMap(({ uid }) => [`${uid}.find`, `${uid}.findOne`]),
      ...publicOfKind('singleType').map(({ uid }) => `${uid}.find`),
    ];
    expect([...PUBLIC_READ_ACTIONS].sort()).toEqual(reads.sort());
    expect([...PUBLIC_ACTIONS].sort()).toEqual([...reads, `${API_TYPES.suggestion.uid}.create`].sort());
  });

  it('CONTENT_LOCALES are the CMS locales, the first one the default', () => {
    expect(CONTENT_LOCALES.map((locale) => locale.code)).toEqual([...CMS_LOCALES]);
    expect(DEFAULT_LOCALE).toBe(CMS_LOCALES[0]);
  });
});
