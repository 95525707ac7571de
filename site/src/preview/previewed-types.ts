import type { CollectionTypeName, SingleTypeName } from '@select-shandong/shared-types';

/** The collection types whose drafts the preview renders: each has a page of its own. */
export const PREVIEWED_TYPES = [
  'article',
  'city',
  'contact',
  'industry',
  'park',
  'project',
  'policy',
  'event',
  'job',
] as const;

/** The single types whose drafts the preview renders: site settings as the home page, the advantages page as /advantages/. */
export const PREVIEWED_SINGLE_TYPES = ['site-setting', 'advantages-page'] as const;

/** A collection type the preview renders. */
export type PreviewedType = (typeof PREVIEWED_TYPES)[number] & CollectionTypeName;

/** A single type the preview renders. */
export type PreviewedSingleType = (typeof PREVIEWED_SINGLE_TYPES)[number] & SingleTypeName;

/** True when `type` names a type the preview renders. */
export function isPreviewedType(type: string): type is PreviewedType | PreviewedSingleType {
  return (
    (PREVIEWED_TYPES as readonly string[]).includes(type) ||
    (PREVIEWED_SINGLE_TYPES as readonly string[]).includes(type)
  );
}
