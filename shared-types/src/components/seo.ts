import { z } from 'zod';

/** Component `shared.seo`: title and description for search engines and sharing. */
export const seoSchema = z.object({
  /** Overrides the page title when set (≤ 70 characters). */
  metaTitle: z.string().nullable(),
  /** Overrides the summary as meta description when set (≤ 160 characters). */
  metaDescription: z.string().nullable(),
});

/** SEO fields of a document. */
export type Seo = z.infer<typeof seoSchema>;
