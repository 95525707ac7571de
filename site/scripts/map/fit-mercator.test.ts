import { describe, expect, it } from 'vitest';
import { fitMercator } from './fit-mercator.ts';

describe('fitMercator', () => {
  const box = [
    [115, 34],
    [123, 38],
  ] as const;

  it('fits the positions into the width with the padding, north up', () => {
    const projection = fitMercator(box, 640, 8);
    const [west, south] = projection.project(box[0]);
    const [east, north] = projection.project(box[1]);
    expect(west).toBeCloseTo(8);
    expect(east).toBeCloseTo(632);
    expect(north).toBeCloseTo(8);
    expect(south).toBeCloseTo(projection.height - 8, 0);
  });

  it('gives the height of the shape: 4° of latitude at 36° N over 8° of longitude', () => {
    // Mercator stretches latitude by 1/cos(φ): (624 / 8) × 4 / cos(36°) ≈ 386 units, plus padding.
    expect(fitMercator(box, 640, 8).height).toBeGreaterThan(395);
    expect(fitMercator(box, 640, 8).height).toBeLessThan(405);
  });

  it('rejects a single point', () => {
    expect(() => fitMercator([[117, 36]], 640, 8)).toThrow(/area/);
  });
});
