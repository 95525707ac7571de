import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathRings } from '../../src/lib/map/path-rings.ts';
import {
  generateShandongMap,
  MAP_DATA_FILE,
  mapProjection,
  serializeShandongMap,
} from './generate-shandong-map.ts';
import { readCityBoundaries } from './read-boundary-files.ts';

describe('generateShandongMap', () => {
  const boundaries = readCityBoundaries();
  const map = generateShandongMap(boundaries);

  it('is what shandong-map.data.json holds (else run `pnpm --filter @select-shandong/site run map`)', () => {
    expect(readFileSync(MAP_DATA_FILE, 'utf8')).toBe(serializeShandongMap(map));
  });

  it('keeps a border point the source files share on both sides or on neither', () => {
    const citiesOf = new Map<string, Set<string>>();
    for (const { city, files } of boundaries)
      for (const position of files.flatMap((file) => file.polygons.flat(2))) {
        const key = position.join(',');
        citiesOf.set(key, (citiesOf.get(key) ?? new Set()).add(city.slug));
      }
    const { project } = mapProjection(boundaries);
    const round = (n: number) => Math.round(n * 10) / 10;
    const points = new Map(
      map.cities.map((city) => [
        city.slug,
        new Set(
          pathRings(city.d)
            .flat()
            .map((p) => p.join(',')),
        ),
      ]),
    );
    const oneSided: string[] = [];
    let kept = 0;
    for (const [key, slugs] of citiesOf) {
      if (slugs.size < 2) continue;
      const [lon = 0, lat = 0] = key.split(',').map(Number);
      const [x, y] = project([lon, lat]);
      const keptBy = [...slugs].filter((slug) => points.get(slug)?.has(`${round(x)},${round(y)}`));
      kept += keptBy.length;
      if (keptBy.length > 0 && keptBy.length < slugs.size) oneSided.push(`${key} kept by ${keptBy} only`);
    }
    // The per-city simplification this replaced kept 1,681 of 2,187 such points on one side only.
    expect(kept).toBeGreaterThan(1000);
    expect(oneSided).toEqual([]);
  });
});
