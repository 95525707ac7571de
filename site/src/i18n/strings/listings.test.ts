import { describe, expect, it } from 'vitest';
import { listingStrings } from './listings.ts';

describe('investment amounts in English', () => {
  const amount = listingStrings('en').investmentAmount;

  it('turns 亿元 into millions or billions of CNY', () => {
    expect(amount(0.5)).toBe('CNY 50 million');
    expect(amount(3.6)).toBe('CNY 360 million');
    expect(amount(10)).toBe('CNY 1 billion');
    expect(amount(125)).toBe('CNY 12.5 billion');
  });

  it('keeps 亿元 in Chinese', () => {
    expect(listingStrings('zh').investmentAmount(3.6)).toBe('3.6 亿元');
  });
});
