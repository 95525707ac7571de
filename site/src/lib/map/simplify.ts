import type { Point } from './projection.ts';

const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Distance from `p` to the segment `a`–`b`. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return distance(p, a);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return distance(p, [a[0] + t * dx, a[1] + t * dy]);
}

/** Douglas–Peucker on an open polyline, keeping both ends. */
function douglasPeucker(points: readonly Point[], tolerance: number): Point[] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i] as Point, points[first] as Point, points[last] as Point);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * A ring with fewer points: points closer than `minDistance` to the last kept one are dropped,
 * then Douglas–Peucker removes points within `tolerance` of the simplified line; coordinates are
 * rounded to one decimal. Returns an empty ring when fewer than three points survive (a speck).
 */
export function simplifyRing(ring: readonly Point[], minDistance: number, tolerance: number): Point[] {
  const round = (n: number) => Math.round(n * 10) / 10;
  const spaced: Point[] = [];
  for (const point of ring) {
    const last = spaced[spaced.length - 1];
    if (!last || distance(last, point) >= minDistance) spaced.push(point);
  }
  // Close the ring explicitly so Douglas–Peucker keeps its start.
  const first = spaced[0];
  if (first) spaced.push(first);
  const simplified = douglasPeucker(spaced, tolerance).slice(0, -1);
  const rounded = simplified.map(([x, y]) => [round(x), round(y)] as const);
  return rounded.length >= 3 ? rounded : [];
}

/** One decimal at most, without a leading zero (`0.5` → `.5`), as SVG path data allows. */
const fmt = (n: number) => String(Math.round(n * 10) / 10).replace(/^(-?)0\./, '$1.');

/** Numbers of path data: a space between them unless the next one starts with a minus sign. */
const join = (numbers: readonly number[]) =>
  numbers
    .map(fmt)
    .reduce((text, next) => (text === '' || next.startsWith('-') ? text + next : `${text} ${next}`), '');

/**
 * SVG path data of closed rings, in relative coordinates so the text stays short: `m dx dy dx dy … z`
 * (pairs after a relative move are relative line-tos; after `z` the pen is back at the ring's start).
 */
export function ringsToPath(rings: readonly (readonly Point[])[]): string {
  let d = '';
  let at: Point = [0, 0];
  for (const ring of rings) {
    const start = ring[0];
    if (!start) continue;
    const deltas: number[] = [];
    for (const point of ring) {
      deltas.push(point[0] - at[0], point[1] - at[1]);
      at = point;
    }
    d += `m${join(deltas)}z`;
    at = start;
  }
  return d;
}
