import type { Point } from '../../src/lib/map/shandong-map.ts';

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
