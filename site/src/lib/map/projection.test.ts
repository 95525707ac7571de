import { describe, expect, it } from 'vitest';
import { fitEquirectangular } from './projection.ts';

describe('fitEquirectangular', () => {
  it('fits the bounds into the width, north up, with longitudes shrunk by cos(latitude)', () => {
    const projection = fitEquirectangular(
      [
        [115, 35],
        [117, 37],
      ],
      200,
      0,
      60,
    );
    // At 60° a degree of longitude is half a degree of latitude: 2° × 0.5 = 1 unit wide, 2 high.
    expect(projection.height).toBe(400);
    expect(projection.project([115, 37])).toEqual([0, 0]);
    expect(projection.project([117, 35])).toEqual([200, 400]);
  });

  it('keeps the padding on every side', () => {
    const projection = fitEquirectangular(
      [
        [0, 0],
        [1, 1],
      ],
      120,
      10,
      0,
    );
    expect(projection.height).toBe(120);
    expect(projection.project([0, 1])).toEqual([10, 10]);
    expect(projection.project([1, 0])).toEqual([110, 110]);
  });

  it('rejects a single point', () => {
    expect(() => fitEquirectangular([[1, 1]], 100, 0, 0)).toThrow(/area/);
  });
});
