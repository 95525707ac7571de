import { describe, expect, it } from 'vitest';
import { pathRings } from './path-rings.ts';
import { getShandongMap, type Point } from './shandong-map.ts';

/** Whether a point lies inside the outline drawn by the rings (even–odd rule). */
function insideRings(rings: readonly (readonly Point[])[], [x, y]: Point): boolean {
  let inside = false;
  for (const points of rings)
    points.forEach(([x1, y1], i) => {
      const [x2, y2] = points[(i + 1) % points.length] as Point;
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
    });
  return inside;
}

/** Distance from `p` to the segment `a`–`b`. */
function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const onOutline = (point: Point, rings: readonly (readonly Point[])[], within: number) =>
  rings.some((ring) =>
    ring.some((a, i) => segmentDistance(point, a, ring[(i + 1) % ring.length] as Point) <= within),
  );

describe('getShandongMap', () => {
  const map = getShandongMap();
  const cities = map.cities.map((city) => ({ ...city, rings: pathRings(city.d) }));

  it('has the 16 cities, 370100…371700 (371200, 莱芜, is part of 济南 since 2019)', () => {
    const codes = Array.from({ length: 17 }, (_, i) => 370100 + 100 * i).filter((code) => code !== 371200);
    expect(map.cities.map((city) => city.code).sort()).toEqual(codes);
    for (const city of cities) expect(city.rings.length, city.slug).toBeGreaterThan(0);
  });

  it('stays small: no more path data than the per-city simplification it replaced (21,100 bytes)', () => {
    const bytes = map.cities.reduce((sum, city) => sum + city.d.length, 0);
    expect(bytes).toBeLessThanOrEqual(21_100);
  });

  it('is wider than tall, like the province', () => {
    expect(map.width).toBe(640);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(500);
  });

  it('puts every label inside its own city', () => {
    for (const city of cities) expect(insideRings(city.rings, city.label), city.slug).toBe(true);
  });

  it('draws Jinan with Laiwu as one outline, without the old border', () => {
    expect(map.cities.find((city) => city.slug === 'jinan')?.d.match(/m/g)).toHaveLength(1);
  });

  it('draws shared borders on identical points: no gaps or overlaps between neighbours', () => {
    // A point of one city within 0.3 units of another city's outline must be one of its points too;
    // the per-city simplification this replaced failed that for 1,215 of its 2,973 points.
    const drifting: string[] = [];
    let shared = 0;
    for (const city of cities)
      for (const point of city.rings.flat())
        for (const other of cities) {
          if (other === city || !onOutline(point, other.rings, 0.3)) continue;
          shared++;
          if (!other.rings.flat().some(([x, y]) => x === point[0] && y === point[1]))
            drifting.push(`${city.slug} ${point.join(',')} on ${other.slug}`);
        }
    expect(shared).toBeGreaterThan(1000);
    expect(drifting).toEqual([]);
  });
});
