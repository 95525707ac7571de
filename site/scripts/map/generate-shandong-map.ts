import { fileURLToPath } from 'node:url';
import type { Polygon as GeoPolygon, MultiPolygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import type { MapCity, Point, ShandongMap } from '../../src/lib/map/shandong-map.ts';
import { fitMercator, type MapProjection } from './fit-mercator.ts';
import { labelPosition } from './label-position.ts';
import { type CityBoundaries, readCityBoundaries } from './read-boundary-files.ts';
import { type PlanarPolygon, simplifiedTopology } from './simplify-topology.ts';
import { ringsToPath } from './svg-path.ts';

/** The generated file the site reads. */
export const MAP_DATA_FILE = fileURLToPath(
  new URL('../../src/lib/map/shandong-map.data.json', import.meta.url),
);

/** View box width; the SVG scales to its container. */
const WIDTH = 640;
const PADDING = 8;
/**
 * Chosen so the map keeps the detail, islands and size (about 21 KB of path data) of the per-city
 * simplification it replaced; units are SVG user units squared.
 */
const SIMPLIFY = { minTriangleArea: 1.2, minIslandArea: 0.5 };

/** The projection the map uses for these boundaries (exported for tests). */
export function mapProjection(boundaries: readonly CityBoundaries[]): MapProjection {
  const positions = boundaries.flatMap(({ files }) => files.flatMap((file) => file.polygons.flat(2)));
  return fitMercator(positions, WIDTH, PADDING);
}

const samePoint = (a: Position | undefined, b: Position | undefined) =>
  a?.[0] === b?.[0] && a?.[1] === b?.[1];

/**
 * A closed GeoJSON ring as an open ring of points, without repeats: an arc whose ends round to
 * one point leaves one, and dropping it the same way on every side keeps shared borders identical.
 */
const openRing = (ring: readonly Position[]): Point[] =>
  ring
    .slice(0, -1)
    .filter((point, i, all) => !samePoint(point, all[(i + all.length - 1) % all.length]))
    .map(([x = 0, y = 0]): Point => [x, y]);

/** The rings of a GeoJSON (multi)polygon as open rings, specks of fewer than three points dropped. */
function openRings(geometry: GeoPolygon | MultiPolygon): Point[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flat()
    .map(openRing)
    .filter((ring) => ring.length >= 3);
}

/** The GeoJSON geometry of one boundary file of the topology. */
const topoFeature = (topology: Topology, part: TopoPolygon | TopoMultiPolygon): GeoPolygon | MultiPolygon =>
  part.type === 'Polygon' ? feature(topology, part).geometry : feature(topology, part).geometry;

/**
 * Builds the map: projects every boundary file, simplifies them together as one topology (shared
 * borders stay shared), merges the files of one city (莱芜 into 济南) by dropping the arcs between
 * them, and writes each city as SVG path data with a label position.
 */
export function generateShandongMap(
  boundaries: readonly CityBoundaries[] = readCityBoundaries(),
): ShandongMap {
  const projection = mapProjection(boundaries);
  const polygonsByStem = new Map<string, PlanarPolygon[]>();
  for (const { files } of boundaries)
    for (const { stem, polygons } of files)
      polygonsByStem.set(
        stem,
        polygons.map((polygon) => polygon.map((ring) => ring.map(projection.project))),
      );
  const { topology, parts } = simplifiedTopology(polygonsByStem, SIMPLIFY);
  const cities = boundaries.map(({ city }): MapCity => {
    const geometries = city.stems.map((stem) => {
      const part = parts.get(stem);
      // A file whose every ring was dropped as a speck would leave its city off the map.
      if (!part) throw new Error(`No geometry left for shan1_dong1_${stem}.geojson (${city.slug})`);
      return part;
    });
    const [only] = geometries;
    const geometry =
      only && geometries.length === 1 ? topoFeature(topology, only) : merge(topology, geometries);
    const rings = openRings(geometry);
    return {
      slug: city.slug,
      code: city.code,
      name: city.name,
      d: ringsToPath(rings),
      label: labelPosition(rings),
    };
  });
  return { width: projection.width, height: projection.height, cities };
}

/** The text of `shandong-map.data.json`: one city per line, so a diff shows which cities changed. */
export function serializeShandongMap(map: ShandongMap): string {
  const cities = map.cities.map((city) => `    ${JSON.stringify(city)}`).join(',\n');
  return `{\n  "width": ${map.width},\n  "height": ${map.height},\n  "cities": [\n${cities}\n  ]\n}\n`;
}
