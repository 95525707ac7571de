import { describe, expect, it } from 'vitest';
import { checkCounts } from './drop-check.ts';

const singles = {
  'site-setting/zh-Hans': 1,
  'site-setting/en': 1,
  'advantages-page/zh-Hans': 1,
  'advantages-page/en': 1,
};
const previous = {
  'articles/zh-Hans': 100,
  'articles/en': 40,
  'industries/zh-Hans': 10,
  'industries/en': 10,
  ...singles,
};
const base = { previous, maxDrop: 0.1, allowDrop: false };

describe('checkCounts', () => {
  it('passes small drops and the first build', () => {
    expect(checkCounts({ ...base, now: { ...previous, 'articles/zh-Hans': 91 } })).toEqual([]);
    expect(checkCounts({ ...base, previous: null, now: previous })).toEqual([]);
  });

  it('fails when one collection is emptied even if the total barely moves, naming type and locale', () => {
    const now = { ...previous, 'industries/en': 0 };
    expect(() => checkCounts({ ...base, now })).toThrow(/industries \(en\): 10 → 0 \(emptied\)/);
  });

  it('fails on a drop beyond the limit in one locale', () => {
    const now = { ...previous, 'articles/en': 30 };
    expect(() => checkCounts({ ...base, now })).toThrow(/articles \(en\): 40 → 30 \(−25.0%\)/);
  });

  it('lets --allow-drop through and returns exactly what it allowed', () => {
    const now = { ...previous, 'industries/zh-Hans': 0, 'articles/en': 30 };
    expect(checkCounts({ ...base, allowDrop: true, now })).toEqual([
      'articles (en): 40 → 30 (−25.0%)',
      'industries (zh-Hans): 10 → 0 (emptied)',
    ]);
  });

  it('fails on a missing single type, even with --allow-drop and on the first build', () => {
    const now = { ...previous, 'site-setting/en': 0 };
    for (const variant of [base, { ...base, allowDrop: true }, { ...base, previous: null }]) {
      expect(() => checkCounts({ ...variant, now })).toThrow(/site-setting \(en\)/);
    }
  });
});
