import { API_TYPES } from './api-types.ts';
import type { ContentTypeName } from './content-types.ts';

/** `populate[x][fields]=…` for an owning-side relation: Strapi always adds `id` and `documentId`. */
const RELATION_REF = { fields: ['slug'] } as const;

/** `populate[x][fields]=…` for an image: only what the site renders. */
const MEDIA = { fields: ['url', 'alternativeText', 'caption', 'width', 'height'] } as const;

/** `populate[x][fields]=…` for downloadable files: what the attachment list shows and links. */
const FILES = { fields: ['url', 'name', 'ext', 'mime', 'size'] } as const;

/** How one field is populated: `true` for a component, a field list for relations and media. */
export type PopulateRule = true | { readonly fields: readonly string[] };

/** How the site reads one content type over REST. */
export interface ContentTypeRule {
  /** Path below `/api/`: the plural name for collections, the singular name for single types. */
  readonly path: string;
  /** Whether it is a single type (`{ data: {...} }`, 404 when absent) or a paged collection. */
  readonly single: boolean;
  /** Fields to populate; only owning sides of relations, the site builds reverse indexes itself. */
  readonly populate: Readonly<Record<string, PopulateRule>>;
}

/** One type's rule: its REST path and kind come from API_TYPES, so they are stated once. */
function rule(name: ContentTypeName, populate: ContentTypeRule['populate']): ContentTypeRule {
  const { path, kind } = API_TYPES[name];
  return { path, single: kind === 'singleType', populate };
}

/** The REST path and populate rules of every public content type: the one place they live. */
export const CONTENT_TYPE_RULES = {
  article: rule('article', {
    cover: MEDIA,
    attachments: FILES,
    city: RELATION_REF,
    industries: RELATION_REF,
    parks: RELATION_REF,
    seo: true,
  }),
  city: rule('city', { keyFigures: true, location: true, cover: MEDIA, industries: RELATION_REF, seo: true }),
  industry: rule('industry', { keyFigures: true, cover: MEDIA, seo: true }),
  park: rule('park', {
    city: RELATION_REF,
    industries: RELATION_REF,
    location: true,
    contact: true,
    cover: MEDIA,
    seo: true,
  }),
  contact: rule('contact', { city: RELATION_REF }),
  project: rule('project', {
    city: RELATION_REF,
    industry: RELATION_REF,
    attachments: FILES,
    contact: true,
    seo: true,
  }),
  policy: rule('policy', {
    city: RELATION_REF,
    industries: RELATION_REF,
    supersededBy: RELATION_REF,
    interpretation: RELATION_REF,
    attachments: FILES,
    seo: true,
  }),
  event: rule('event', {
    city: RELATION_REF,
    guests: true,
    projects: RELATION_REF,
    industries: RELATION_REF,
    cover: MEDIA,
    seo: true,
  }),
  job: rule('job', { city: RELATION_REF, industry: RELATION_REF, contact: true, seo: true }),
  'site-setting': rule('site-setting', { navigation: true, seo: true }),
  'advantages-page': rule('advantages-page', { advantages: true, seo: true }),
} satisfies Record<ContentTypeName, ContentTypeRule>;
