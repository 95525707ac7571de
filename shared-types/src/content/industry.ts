import { z } from 'zod';
import { keyFigureSchema } from '../components/key-figure.ts';
import { mediaSchema } from '../components/media.ts';
import { seoSchema } from '../components/seo.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';

/** Collection `industry`: one of the ten priority industries (十强产业). */
export const industrySchema = z.object({
  ...documentMetaShape,
  /** Industry name, e.g. 新一代信息技术. */
  name: z.string().min(1),
  /** URL slug, unique per locale. */
  slug: slugSchema,
  /** Official order, 1–10. */
  order: z.number().int(),
  /** One or two sentences. */
  summary: z.string(),
  /** Markdown body. */
  body: z.string().nullable(),
  /** Output, enterprises and other figures. */
  keyFigures: z.array(keyFigureSchema),
  /** Cover image. */
  cover: mediaSchema.nullable(),
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** An industry as the site consumes it. */
export type Industry = z.infer<typeof industrySchema>;
