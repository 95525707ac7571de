import { CITY_BOUNDARY_FILES, type MapCitySlug } from './boundary-files.ts';
import { BOUNDARY_SOURCES } from './boundary-sources.ts';
import { type Polygon, parsePolygons, type Ring } from './geojson.ts';
import { labelPosition } from './label-position.ts';
import { mergeAdjoiningRings } from './merge-rings.ts';
import { fitEquirectangular, type Point } from './projection.ts';
import { ringsToPath, simplifyRing } from './simplify.ts';

/** One city on the map. */
export interface MapCity {
  slug: MapCitySlug;
  /** SVG path data of all its parts. */
  d: string;
  /** Where its name is drawn. */
  label: Point;
}

/** The province map, in SVG user units. */
export interface ShandongMap {
  width: number;
  height: number;
  cities: MapCity[];
}

/** View box width; the SVG scales to its container. */
const WIDTH = 640;
const PADDING = 8;
/** Shandong spans 34.4°–38.4° N. */
const REFERENCE_LATITUDE = 36.5;
/** Points closer than this (user units) are dropped, and lines within it straightened. */
const MIN_DISTANCE = 0.5;
const TOLERANCE = 0.6;

/** The polygons of one city from its boundary files; several files are merged into one outline. */
function cityPolygons(stems: readonly string[]): Polygon[] {
  const polygons = stems.flatMap((stem) => {
    const text = BOUNDARY_SOURCES[stem];
    if (text === undefined) throw new Error(`No boundary file for "${stem}" in boundary-sources.ts`);
    return parsePolygons(text, `shan1_dong1_${stem}.geojson`);
  });
  if (stems.length === 1) return polygons;
  // Holes are dropped here: none of the merged files has any.
  return mergeAdjoiningRings(polygons.map((polygon) => polygon[0] ?? [])).map((ring) => [ring]);
}

/** Builds the map from the given boundary files (exported for tests). */
export function buildShandongMap(
  files: readonly { slug: MapCitySlug; stems: readonly string[] }[],
): ShandongMap {
  const cities = files.map(({ slug, stems }) => ({ slug, polygons: cityPolygons(stems) }));
  const allRings = cities.flatMap((city) => city.polygons.flat());
  const projection = fitEquirectangular(
    (function* () {
      for (const ring of allRings) yield* ring;
    })(),
    WIDTH,
    PADDING,
    REFERENCE_LATITUDE,
  );
  return {
    width: projection.width,
    height: projection.height,
    cities: cities.map(({ slug, polygons }) => {
      const rings = polygons
        .flat()
        .map((ring: Ring) => simplifyRing(ring.map(projection.project), MIN_DISTANCE, TOLERANCE))
        .filter((ring) => ring.length > 0);
      return { slug, d: ringsToPath(rings), label: labelPosition(rings) };
    }),
  };
}

let cached: ShandongMap | undefined;

/** The map of the 16 cities, computed once per build. */
export function getShandongMap(): ShandongMap {
  cached ??= buildShandongMap(CITY_BOUNDARY_FILES);
  return cached;
}
