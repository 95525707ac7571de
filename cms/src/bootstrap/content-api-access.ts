/**
 * Public content types the site reads: every anonymous reader and the build token may read these.
 * A copy of shared-types' COLLECTION_TYPES and SINGLE_TYPES (compiled CommonJS cannot import
 * them); content-api-access.test.ts fails when they drift.
 */
export const READABLE_COLLECTIONS = [
  'article',
  'city',
  'industry',
  'park',
  'contact',
  'project',
  'policy',
  'event',
  'job',
] as const;
/** Public single types; see READABLE_COLLECTIONS. */
export const READABLE_SINGLES = ['site-setting', 'advantages-page'] as const;

/** The content-API actions that read published content: find/findOne on collections, find on singles. */
export const PUBLIC_READ_ACTIONS: readonly string[] = [
  ...READABLE_COLLECTIONS.flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`]),
  ...READABLE_SINGLES.map((name) => `api::${name}.${name}.find`),
];

/** Everything the public (anonymous) role may do: read, and send a suggestion through the site's form. */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...PUBLIC_READ_ACTIONS,
  'api::suggestion.suggestion.create',
];
