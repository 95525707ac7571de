import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/lib/map/shandong-map.ts';
import { insideRing, labelPosition, ringArea } from './label-position.ts';

const square = (x: number, y: number, size: number): Point[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('labelPosition', () => {
  it('puts the label at the centroid of the largest ring, ignoring islands', () => {
    expect(labelPosition([square(100, 100, 2), square(0, 0, 10)])).toEqual([5, 5]);
  });

  it('moves the label inside a U-shaped ring whose centroid lies in the gap', () => {
    const u: Point[] = [
      [0, 0],
      [30, 0],
      [30, 30],
      [20, 30],
      [20, 10],
      [10, 10],
      [10, 30],
      [0, 30],
    ];
    const label = labelPosition([u]);
    expect(insideRing(label, u)).toBe(true);
  });
});

describe('ringArea', () => {
  it('is the signed shoelace area', () => {
    expect(Math.abs(ringArea(square(0, 0, 3)))).toBe(9);
  });
});
