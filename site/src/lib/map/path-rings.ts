import type { Point } from './shandong-map.ts';

const round = (n: number) => Math.round(n * 10) / 10;

/** The absolute points of each ring of path data written as `m dx dy dx dy … z` (used by tests). */
export function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  // After `z` the pen is back at the start of the subpath just closed.
  let at: Point = [0, 0];
  for (const sub of d.split('z').filter(Boolean)) {
    const numbers = (sub.slice(1).match(/-?\d*\.?\d+/g) ?? []).map(Number);
    const points: Point[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      at = [round(at[0] + (numbers[i] ?? 0)), round(at[1] + (numbers[i + 1] ?? 0))];
      points.push(at);
    }
    at = points[0] ?? at;
    rings.push(points);
  }
  return rings;
}
