import { z } from 'zod';
import { geoPointSchema } from '../components/geo-point.ts';
import { keyFigureSchema } from '../components/key-figure.ts';
import { mediaSchema } from '../components/media.ts';
import { relationRefSchema } from '../components/relation-ref.ts';
import { seoSchema } from '../components/seo.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';

/** Collection `city`: one of the 16 prefecture-level cities. */
export const citySchema = z.object({
  ...documentMetaShape,
  /** City name, e.g. 济南. */
  name: z.string().min(1),
  /** URL slug, unique per locale. */
  slug: slugSchema,
  /** Six-digit administrative code, e.g. 370100. */
  adminCode: z.string(),
  /** Official order, 1–16. */
  order: z.number().int(),
  /** Two or three sentences introducing the city. */
  overview: z.string(),
  /** Markdown body. */
  body: z.string().nullable(),
  /** Population, GDP, area and other figures. */
  keyFigures: z.array(keyFigureSchema),
  /** Position on the map. */
  location: geoPointSchema.nullable(),
  /** Cover image. */
  cover: mediaSchema.nullable(),
  /** The city's leading industries. */
  industries: z.array(relationRefSchema),
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** A city as the site consumes it. */
export type City = z.infer<typeof citySchema>;
