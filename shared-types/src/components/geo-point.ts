import { z } from 'zod';
import { decimalSchema } from '../fields/decimal.ts';

/** Component `shared.geo-point`: a WGS84 position. */
export const geoPointSchema = z.object({
  /** Latitude in degrees. */
  latitude: decimalSchema,
  /** Longitude in degrees. */
  longitude: decimalSchema,
});

/** A position on the map. */
export type GeoPoint = z.infer<typeof geoPointSchema>;
