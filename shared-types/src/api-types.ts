/** How Strapi stores and serves one content type under `cms/src/api`. */
export interface ApiType {
  /** Strapi uid, e.g. `api::article.article`. */
  readonly uid: `api::${string}.${string}`;
  /** REST path below `/api/`: the plural name for collections, the singular name for single types. */
  readonly path: string;
  /** A paged collection or one document per locale. */
  readonly kind: 'collectionType' | 'singleType';
  /** Whether documents exist once per locale (i18n). */
  readonly localized: boolean;
  /** Whether documents have a draft and a published version. */
  readonly draftAndPublish: boolean;
  /** Whether anonymous readers and the build token may read it (the site's content). */
  readonly public: boolean;
}

const publicType = (name: string, path: string, kind: ApiType['kind']): ApiType => ({
  uid: `api::${name}.${name}`,
  path,
  kind,
  localized: true,
  draftAndPublish: true,
  public: true,
});

/**
 * Every content type of the CMS, public or not: the one list the snapshot, the public
 * permissions and the tests take types from. A drift test holds it to the schema.json files.
 */
export const API_TYPES = {
  article: publicType('article', 'articles', 'collectionType'),
  city: publicType('city', 'cities', 'collectionType'),
  industry: publicType('industry', 'industries', 'collectionType'),
  park: publicType('park', 'parks', 'collectionType'),
  contact: publicType('contact', 'contacts', 'collectionType'),
  project: publicType('project', 'projects', 'collectionType'),
  policy: publicType('policy', 'policies', 'collectionType'),
  event: publicType('event', 'events', 'collectionType'),
  job: publicType('job', 'jobs', 'collectionType'),
  'site-setting': publicType('site-setting', 'site-setting', 'singleType'),
  'advantages-page': publicType('advantages-page', 'advantages-page', 'singleType'),
  // Written by the public through the site's form; only editors read it.
  suggestion: {
    uid: 'api::suggestion.suggestion',
    path: 'suggestions',
    kind: 'collectionType',
    localized: false,
    draftAndPublish: false,
    public: false,
  },
} as const satisfies Record<string, ApiType>;

/** Strapi singular name of any content type, public or not. */
export type ApiTypeName = keyof typeof API_TYPES;
