import type { Point } from '../../src/lib/map/shandong-map.ts';

/** Signed area of a ring (shoelace formula). */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    sum += x1 * y2 - x2 * y1;
  });
  return sum / 2;
}

/** Area-weighted centroid of a ring; the mean of its points when it has no area. */
function ringCentroid(ring: readonly Point[]): Point {
  const area = ringArea(ring);
  if (area === 0) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  let cx = 0;
  let cy = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  });
  return [cx / (6 * area), cy / (6 * area)];
}

/** Whether a point lies inside a ring (even–odd rule). */
export function insideRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
  });
  return inside;
}

/** Middle of the widest stretch of the horizontal line at `y` that lies inside the ring. */
function widestInsideMidpoint(ring: readonly Point[], y: number): Point | undefined {
  const crossings: number[] = [];
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    if (y1 > y !== y2 > y) crossings.push(((x2 - x1) * (y - y1)) / (y2 - y1) + x1);
  });
  crossings.sort((a, b) => a - b);
  let best: Point | undefined;
  let widest = 0;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const [from, to] = [crossings[i] as number, crossings[i + 1] as number];
    if (to - from > widest) {
      widest = to - from;
      best = [(from + to) / 2, y];
    }
  }
  return best;
}

/**
 * Where a city's name goes: the centroid of its largest ring (islands do not pull the label), or,
 * for a crescent-shaped city whose centroid falls outside it, the middle of the widest inside
 * stretch of the horizontal line through the centroid.
 */
export function labelPosition(rings: readonly (readonly Point[])[]): Point {
  let largest: readonly Point[] = [];
  for (const ring of rings) if (Math.abs(ringArea(ring)) > Math.abs(ringArea(largest))) largest = ring;
  const centroid = ringCentroid(largest);
  const [x, y] = insideRing(centroid, largest)
    ? centroid
    : (widestInsideMidpoint(largest, centroid[1]) ?? centroid);
  return [Math.round(x), Math.round(y)];
}
