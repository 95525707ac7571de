import { describe, expect, it } from 'vitest';
import { pictureSize } from './picture-props.ts';

const CANDIDATES = [320, 640, 960, 1280, 1600];

describe('pictureSize', () => {
  it('serves up to twice the display width, never above the original, height to scale', () => {
    expect(pictureSize({ width: 4000, height: 3000 }, CANDIDATES, 400)).toEqual({
      width: 800,
      height: 600,
      widths: [320, 640, 800],
    });
    expect(pictureSize({ width: 1000, height: 500 }, CANDIDATES, 768)).toEqual({
      width: 1000,
      height: 500,
      widths: [320, 640, 960, 1000],
    });
  });

  it('keeps a picture smaller than every candidate at its own width', () => {
    expect(pictureSize({ width: 200, height: 100 }, CANDIDATES, 768)).toEqual({
      width: 200,
      height: 100,
      widths: [200],
    });
  });

  it('has no size for a picture without dimensions', () => {
    expect(pictureSize({ width: null, height: 100 }, CANDIDATES, 768)).toBeNull();
  });
});
