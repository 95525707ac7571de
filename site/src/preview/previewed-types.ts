import type { CollectionTypeName } from '@select-shandong/shared-types';

/** The collection types whose drafts the preview renders: each has a page of its own. */
export const PREVIEWED_TYPES = ['article', 'city', 'contact', 'industry', 'park', 'project'] as const;

/** A type the preview renders. */
export type PreviewedType = (typeof PREVIEWED_TYPES)[number] & CollectionTypeName;

/** True when `type` names a type the preview renders. */
export function isPreviewedType(type: string): type is PreviewedType {
  return (PREVIEWED_TYPES as readonly string[]).includes(type);
}
