import { describe, expect, it } from 'vitest';
import type { Point } from './projection.ts';
import { ringsToPath, simplifyRing } from './simplify.ts';

describe('simplifyRing', () => {
  it('drops points closer than the minimum distance and straight-line points', () => {
    const ring: Point[] = [
      [0, 0],
      [0.2, 0],
      [5, 0.1],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(simplifyRing(ring, 0.5, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
  });

  it('keeps corners that stick out further than the tolerance', () => {
    const ring: Point[] = [
      [0, 0],
      [5, 2],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(simplifyRing(ring, 0.5, 0.5)).toContainEqual([5, 2]);
  });

  it('rounds to one decimal', () => {
    const ring: Point[] = [
      [0.04, 0.06],
      [10.123, 0],
      [10, 10.987],
    ];
    expect(simplifyRing(ring, 0.5, 0.5)).toEqual([
      [0, 0.1],
      [10.1, 0],
      [10, 11],
    ]);
  });

  it('returns nothing for a speck', () => {
    expect(
      simplifyRing(
        [
          [0, 0],
          [0.1, 0.1],
          [0.2, 0],
        ],
        0.5,
        0.5,
      ),
    ).toEqual([]);
  });
});

describe('ringsToPath', () => {
  it('writes relative moves and line-tos, restarting from each ring start after z', () => {
    const d = ringsToPath([
      [
        [10, 10],
        [20, 10],
        [20, 20],
      ],
      [
        [30, 30],
        [30.5, 29.5],
        [31, 31],
      ],
    ]);
    expect(d).toBe('m10 10 10 0 0 10zm20 20 .5-.5 .5 1.5z');
  });
});
