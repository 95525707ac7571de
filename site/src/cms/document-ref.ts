import { z } from 'astro/zod';

/** The few fields of a collection document that say which page it is and when it last changed. */
export const documentRefSchema = z.object({
  /** Strapi's stable document id, shared by all locales. */
  documentId: z.string().min(1),
  /** URL slug of the document's page. */
  slug: z.string().min(1),
  /** ISO timestamp of the last change. */
  updatedAt: z.string().min(1),
});

/** A collection document reduced to its id, slug and last change. */
export type DocumentRef = z.infer<typeof documentRefSchema>;

/** The few fields of a single type that say when it last changed. */
export const singleRefSchema = documentRefSchema.omit({ slug: true });

/** A single type reduced to its id and last change. */
export type SingleRef = z.infer<typeof singleRefSchema>;
