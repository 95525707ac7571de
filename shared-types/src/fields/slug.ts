import { z } from 'zod';

/** A URL slug: lower-case letters, digits and single hyphens (same rule as the Strapi regex). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a slug like "jinan-hitech"');
