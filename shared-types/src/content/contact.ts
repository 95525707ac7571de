import { z } from 'zod';
import { relationRefSchema } from '../components/relation-ref.ts';
import { CONTACT_CATEGORIES } from '../enums/contact-categories.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';
import { webUrlSchema } from '../fields/web-url.ts';

/** Collection `contact`: an organisation investors can contact. */
export const contactSchema = z.object({
  ...documentMetaShape,
  /** Full name of the organisation. */
  organization: z.string().min(1),
  /** URL slug, unique per locale. */
  slug: slugSchema,
  /** Which of the four directories it belongs to. */
  category: z.enum(CONTACT_CATEGORIES),
  /** City, for city service agencies. */
  city: relationRefSchema.nullable(),
  /** Country or region, for overseas offices. */
  region: z.string().nullable(),
  /** Office address. */
  address: z.string().nullable(),
  /** Phone number with area code. */
  phone: z.string().nullable(),
  /** Public e-mail address. */
  email: z.string().nullable(),
  /** Website (http/https). */
  website: webUrlSchema.nullable(),
  /** Order within its category, smallest first. */
  order: z.number().int(),
  /** One sentence on the services offered. */
  description: z.string().nullable(),
});

/** A contact as the site consumes it. */
export type Contact = z.infer<typeof contactSchema>;
