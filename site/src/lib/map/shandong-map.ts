import data from './shandong-map.data.json';

/** A point in SVG user units. */
export type Point = readonly [number, number];

/** One city on the map. */
export interface MapCity {
  /** Slug of the city's page. */
  slug: string;
  /** Administrative division code (370100 for 济南). */
  code: number;
  /** Chinese name, as in the boundary data. */
  name: string;
  /** SVG path data of all its parts (relative coordinates). */
  d: string;
  /** Where its name is drawn. */
  label: Point;
}

/** The province map, in SVG user units. */
export interface ShandongMap {
  width: number;
  height: number;
  cities: readonly MapCity[];
}

const toPoint = (numbers: readonly number[], slug: string): Point => {
  const [x, y] = numbers;
  if (numbers.length !== 2 || x === undefined || y === undefined)
    throw new Error(`shandong-map.data.json: the label of "${slug}" is not an [x, y] pair`);
  return [x, y];
};

const SHANDONG_MAP: ShandongMap = {
  width: data.width,
  height: data.height,
  cities: data.cities.map((city) => ({ ...city, label: toPoint(city.label, city.slug) })),
};

/**
 * The map of the 16 cities, read from `shandong-map.data.json`, which `pnpm --filter
 * @select-shandong/site run map` generates (site/scripts/map/); nothing is projected at build time.
 */
export function getShandongMap(): ShandongMap {
  return SHANDONG_MAP;
}
