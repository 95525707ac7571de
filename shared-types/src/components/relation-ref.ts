import { z } from 'zod';
import { slugSchema } from '../fields/slug.ts';

/** A populated relation as the site requests it (`populate[x][fields][0]=slug`). */
export const relationRefSchema = z.object({
  /** Document id of the related document. */
  documentId: z.string().min(1),
  /** Slug of the related document (non-localized, so the same in every locale). */
  slug: slugSchema,
});

/** A reference to another document. */
export type RelationRef = z.infer<typeof relationRefSchema>;
