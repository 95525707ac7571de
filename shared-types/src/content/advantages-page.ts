import { z } from 'zod';
import { advantageSchema } from '../components/advantage.ts';
import { seoSchema } from '../components/seo.ts';
import { documentMetaShape } from '../fields/document-meta.ts';

/** Single type `advantages-page`: the ten advantages of investing in Shandong. */
export const advantagesPageSchema = z.object({
  ...documentMetaShape,
  /** Page heading, e.g. 山东优势. */
  title: z.string().min(1),
  /** Opening paragraph. */
  intro: z.string().nullable(),
  /** The ten advantages, in order. */
  advantages: z.array(advantageSchema),
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** The advantages page as the site consumes it. */
export type AdvantagesPage = z.infer<typeof advantagesPageSchema>;
