import { defineCollection } from 'astro:content';
import {
  advantagesPageSchema,
  articleSchema,
  citySchema,
  contactSchema,
  eventSchema,
  industrySchema,
  jobSchema,
  parkSchema,
  policySchema,
  projectSchema,
  siteSettingSchema,
} from '@select-shandong/shared-types';
import { cmsCollectionLoader, cmsSingleLoader } from './cms/loaders.ts';

// Entries are keyed `${cmsLocale}/${documentId}`; data is already validated by the CMS client,
// the schemas here give pages their types.
export const collections = {
  articles: defineCollection({ loader: cmsCollectionLoader('article'), schema: articleSchema }),
  cities: defineCollection({ loader: cmsCollectionLoader('city'), schema: citySchema }),
  industries: defineCollection({ loader: cmsCollectionLoader('industry'), schema: industrySchema }),
  parks: defineCollection({ loader: cmsCollectionLoader('park'), schema: parkSchema }),
  contacts: defineCollection({ loader: cmsCollectionLoader('contact'), schema: contactSchema }),
  projects: defineCollection({ loader: cmsCollectionLoader('project'), schema: projectSchema }),
  policies: defineCollection({ loader: cmsCollectionLoader('policy'), schema: policySchema }),
  events: defineCollection({ loader: cmsCollectionLoader('event'), schema: eventSchema }),
  jobs: defineCollection({ loader: cmsCollectionLoader('job'), schema: jobSchema }),
  siteSettings: defineCollection({ loader: cmsSingleLoader('site-setting'), schema: siteSettingSchema }),
  advantagesPages: defineCollection({
    loader: cmsSingleLoader('advantages-page'),
    schema: advantagesPageSchema,
  }),
};
