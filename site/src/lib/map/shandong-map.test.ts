import { describe, expect, it } from 'vitest';
import { BOUNDARY_SOURCES } from './boundary-sources.ts';
import { parsePolygons } from './geojson.ts';
import { getShandongMap } from './shandong-map.ts';

/** Whether a point lies inside the outline drawn by path data (even–odd rule, straight segments). */
function insidePath(d: string, [x, y]: readonly [number, number]): boolean {
  let inside = false;
  // After `z` the pen is back at the start of the subpath just closed.
  let at: [number, number] = [0, 0];
  for (const sub of d.split('z').filter(Boolean)) {
    const numbers = (sub.slice(1).match(/-?\d*\.?\d+/g) ?? []).map(Number);
    const points: [number, number][] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      at = [at[0] + (numbers[i] ?? 0), at[1] + (numbers[i + 1] ?? 0)];
      points.push(at);
    }
    at = points[0] ?? at;
    points.forEach(([x1, y1], i) => {
      const [x2, y2] = points[(i + 1) % points.length] as [number, number];
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
    });
  }
  return inside;
}

describe('getShandongMap', () => {
  const map = getShandongMap();

  it('has 16 cities and stays small', () => {
    expect(map.cities).toHaveLength(16);
    const bytes = map.cities.reduce((sum, city) => sum + city.d.length, 0);
    expect(bytes).toBeLessThan(40_000);
  });

  it('is wider than tall, like the province', () => {
    expect(map.width).toBe(640);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(500);
  });

  it('puts every label inside its own city', () => {
    for (const city of map.cities) expect(insidePath(city.d, city.label), city.slug).toBe(true);
  });

  it('draws Jinan with Laiwu as one outline, without the old border', () => {
    const jinan = map.cities.find((city) => city.slug === 'jinan');
    expect(jinan?.d.match(/m/g)).toHaveLength(1);
    expect(parsePolygons(BOUNDARY_SOURCES.lai2_wu2 ?? '', 'laiwu')).toHaveLength(1);
  });

  it('is computed once', () => {
    expect(getShandongMap()).toBe(map);
  });
});
