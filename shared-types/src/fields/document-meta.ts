import { z } from 'zod';
import { CMS_LOCALES } from '../enums/locales.ts';
import { dateTimeSchema } from './date-time.ts';

/** Fields Strapi adds to every document; the site keeps only these of them. */
export const documentMetaShape = {
  /** Strapi 5 document id, stable across locales and publishing. */
  documentId: z.string().min(1),
  /** Locale of this version of the document. */
  locale: z.enum(CMS_LOCALES),
  /** Last change to this locale version. */
  updatedAt: dateTimeSchema,
  /** When this locale version was published. */
  publishedAt: dateTimeSchema,
};
