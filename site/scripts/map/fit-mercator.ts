import { geoMercator } from 'd3-geo';
import type { Point } from '../../src/lib/map/shandong-map.ts';
import type { LonLat } from './geojson.ts';

/** Maps positions to SVG coordinates inside a `width` × `height` view box. */
export interface MapProjection {
  project: (position: LonLat) => Point;
  width: number;
  height: number;
}

/**
 * A Mercator projection that fits the positions into `width` with `padding` on every side; the
 * height follows from the shape. Fitted to the points, not to polygons, so d3's spherical winding
 * rules cannot turn a ring into "the whole globe but this".
 */
export function fitMercator(positions: readonly LonLat[], width: number, padding: number): MapProjection {
  const mercator = geoMercator().fitWidth(width - 2 * padding, {
    type: 'MultiPoint',
    coordinates: positions.map(([lon, lat]) => [lon, lat]),
  });
  const project = (position: LonLat): Point => {
    const [x, y] = mercator([position[0], position[1]]) ?? [Number.NaN, Number.NaN];
    return [x + padding, y + padding];
  };
  let maxY = 0;
  for (const position of positions) maxY = Math.max(maxY, project(position)[1]);
  if (!(maxY > padding)) throw new Error('fitMercator needs an area, not a point');
  return { project, width, height: Math.ceil(maxY + padding) };
}
