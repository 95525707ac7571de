import { describe, expect, it } from 'vitest';
import { ringsToPath } from './svg-path.ts';

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
