import { z } from 'zod';
import { contactInfoSchema } from '../components/contact-info.ts';
import { geoPointSchema } from '../components/geo-point.ts';
import { mediaSchema } from '../components/media.ts';
import { relationRefSchema } from '../components/relation-ref.ts';
import { seoSchema } from '../components/seo.ts';
import { PARK_LEVELS } from '../enums/park-levels.ts';
import { PARK_TYPES } from '../enums/park-types.ts';
import { decimalSchema } from '../fields/decimal.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';
import { webUrlSchema } from '../fields/web-url.ts';

/** Collection `park`: an economic, high-tech or customs special zone. */
export const parkSchema = z.object({
  ...documentMetaShape,
  /** Full name of the park. */
  name: z.string().min(1),
  /** URL slug, unique per locale. */
  slug: slugSchema,
  /** Kind of zone. */
  parkType: z.enum(PARK_TYPES),
  /** National or provincial. */
  level: z.enum(PARK_LEVELS),
  /** City the park lies in. */
  city: relationRefSchema.nullable(),
  /** Leading industries. */
  industries: z.array(relationRefSchema),
  /** Planned area in km². */
  areaKm2: decimalSchema.nullable(),
  /** Year the park was founded. */
  foundedYear: z.number().int().nullable(),
  /** Address of the administrative committee. */
  address: z.string().nullable(),
  /** Position on the map. */
  location: geoPointSchema.nullable(),
  /** Official website (http/https). */
  website: webUrlSchema.nullable(),
  /** One or two sentences. */
  summary: z.string(),
  /** Markdown body. */
  body: z.string().nullable(),
  /** Investment-promotion contact. */
  contact: contactInfoSchema.nullable(),
  /** Cover image. */
  cover: mediaSchema.nullable(),
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** A park as the site consumes it. */
export type Park = z.infer<typeof parkSchema>;
