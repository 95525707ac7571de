import type { LonLat } from './geojson.ts';

/** A point in SVG user units. */
export type Point = readonly [number, number];

/** Maps positions to SVG coordinates inside a `width` × `height` view box. */
export interface Projection {
  project: (position: LonLat) => Point;
  width: number;
  height: number;
}

/**
 * An equirectangular projection with longitudes scaled by cos(`referenceLatitude`), so shapes at
 * that latitude keep their proportions, fitted to `width` with `padding` on every side.
 * Good enough for a province-sized area and needs no projection library.
 */
export function fitEquirectangular(
  positions: Iterable<LonLat>,
  width: number,
  padding: number,
  referenceLatitude: number,
): Projection {
  const xScale = Math.cos((referenceLatitude * Math.PI) / 180);
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const [lon, lat] of positions) {
    minX = Math.min(minX, lon * xScale);
    maxX = Math.max(maxX, lon * xScale);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  if (!(maxX > minX && maxLat > minLat)) throw new Error('fitEquirectangular needs an area, not a point');
  const scale = (width - 2 * padding) / (maxX - minX);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * padding);
  return {
    width,
    height,
    // SVG's y axis points down, latitude up.
    project: ([lon, lat]) => [padding + (lon * xScale - minX) * scale, padding + (maxLat - lat) * scale],
  };
}
