import { describe, expect, it } from 'vitest';
import { investmentRange } from './investment-range.ts';

describe('investmentRange', () => {
  it('puts each amount in [0,1), [1,10), [10,50) or [50,∞) 亿元', () => {
    expect(investmentRange(0)).toBe('under-1');
    expect(investmentRange(0.99)).toBe('under-1');
    expect(investmentRange(1)).toBe('1-10');
    expect(investmentRange(9.99)).toBe('1-10');
    expect(investmentRange(10)).toBe('10-50');
    expect(investmentRange(49.9)).toBe('10-50');
    expect(investmentRange(50)).toBe('50-plus');
    expect(investmentRange(1200)).toBe('50-plus');
  });

  it('rejects amounts that cannot be an investment', () => {
    expect(() => investmentRange(-1)).toThrow();
    expect(() => investmentRange(Number.NaN)).toThrow();
  });
});
