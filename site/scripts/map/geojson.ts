/** A longitude/latitude pair in degrees. */
export type LonLat = readonly [number, number];

/** A closed ring of positions (the first position may or may not be repeated at the end). */
export type Ring = readonly LonLat[];

/** A polygon: its outer ring first, then holes. */
export type Polygon = readonly Ring[];

/** Thrown when a boundary file is not the GeoJSON the map expects. */
export class BoundaryDataError extends Error {
  override name = 'BoundaryDataError';
}

const isPosition = (value: unknown): value is LonLat =>
  Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number');

function toPolygon(coordinates: unknown, where: string): Polygon {
  if (
    !Array.isArray(coordinates) ||
    !coordinates.every((ring) => Array.isArray(ring) && ring.every(isPosition))
  )
    throw new BoundaryDataError(`${where}: expected polygon coordinates (rings of [lon, lat])`);
  return (coordinates as LonLat[][]).map((ring) => ring.map(([lon, lat]) => [lon, lat] as const));
}

/** The polygons of every Polygon/MultiPolygon feature of a GeoJSON FeatureCollection text. */
export function parsePolygons(text: string, source: string): Polygon[] {
  const json: unknown = JSON.parse(text);
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new BoundaryDataError(`${source}: expected a FeatureCollection`);
  return features.flatMap((feature: { geometry?: { type?: string; coordinates?: unknown } }, i) => {
    const where = `${source} feature ${i}`;
    const geometry = feature.geometry;
    if (geometry?.type === 'Polygon') return [toPolygon(geometry.coordinates, where)];
    if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates))
      return geometry.coordinates.map((polygon: unknown) => toPolygon(polygon, where));
    throw new BoundaryDataError(`${where}: expected a Polygon or MultiPolygon, got ${geometry?.type}`);
  });
}
