import { describe, expect, it } from 'vitest';
import { shanghaiDateOffset } from './relative-dates';

describe('shanghaiDateOffset', () => {
  it('counts days from the Shanghai calendar date, not the UTC one', () => {
    // 20:00 UTC on 1 December is already 2 December in Shanghai.
    const now = new Date('2026-12-01T20:00:00Z');
    expect(shanghaiDateOffset(now, 0)).toBe('2026-12-02');
    expect(shanghaiDateOffset(now, -1)).toBe('2026-12-01');
    expect(shanghaiDateOffset(now, 30)).toBe('2027-01-01');
  });
});
