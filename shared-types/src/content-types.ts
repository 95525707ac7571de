import type { z } from 'zod';
import { advantagesPageSchema } from './content/advantages-page.ts';
import { articleSchema } from './content/article.ts';
import { citySchema } from './content/city.ts';
import { contactSchema } from './content/contact.ts';
import { eventSchema } from './content/event.ts';
import { industrySchema } from './content/industry.ts';
import { jobSchema } from './content/job.ts';
import { parkSchema } from './content/park.ts';
import { policySchema } from './content/policy.ts';
import { projectSchema } from './content/project.ts';
import { siteSettingSchema } from './content/site-setting.ts';

/** The schema of every public content type, keyed by its Strapi singular name. */
export const CONTENT_SCHEMAS = {
  article: articleSchema,
  city: citySchema,
  industry: industrySchema,
  park: parkSchema,
  contact: contactSchema,
  project: projectSchema,
  policy: policySchema,
  event: eventSchema,
  job: jobSchema,
  'site-setting': siteSettingSchema,
  'advantages-page': advantagesPageSchema,
} as const;

/** Strapi singular name of a public content type. */
export type ContentTypeName = keyof typeof CONTENT_SCHEMAS;

/** Collection types: one page per document. */
export const COLLECTION_TYPES = [
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

/** A collection type name. */
export type CollectionTypeName = (typeof COLLECTION_TYPES)[number];

/** Single types: at most one document per locale. */
export const SINGLE_TYPES = ['site-setting', 'advantages-page'] as const;

/** A single type name. */
export type SingleTypeName = (typeof SINGLE_TYPES)[number];

/** The validated document of content type `T`. */
export type ContentOf<T extends ContentTypeName> = z.infer<(typeof CONTENT_SCHEMAS)[T]>;
