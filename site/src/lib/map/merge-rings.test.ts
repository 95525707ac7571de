import { describe, expect, it } from 'vitest';
import { mergeAdjoiningRings } from './merge-rings.ts';

describe('mergeAdjoiningRings', () => {
  it('removes the shared border of two adjoining squares', () => {
    const left = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ] as const;
    const right = [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ] as const;
    const [merged, ...rest] = mergeAdjoiningRings([left, right]);
    expect(rest).toEqual([]);
    expect(merged).toHaveLength(6);
    expect(merged).not.toContainEqual(undefined);
    // The outline walks round the union: the vertices on x = 1 remain, the edge between them does not.
    const text = (merged ?? []).map((p) => p.join(',')).join(' ');
    expect(text).not.toMatch(/1,0 1,1|1,1 1,0/);
  });

  it('leaves rings that share nothing alone', () => {
    const a = [
      [0, 0],
      [1, 0],
      [1, 1],
    ] as const;
    const b = [
      [5, 5],
      [6, 5],
      [6, 6],
    ] as const;
    expect(mergeAdjoiningRings([a, b])).toHaveLength(2);
  });
});
