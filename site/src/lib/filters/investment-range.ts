/** Investment ranges of the project filter, in 亿元 (100 million CNY); `max` is exclusive. */
export const INVESTMENT_RANGES = [
  { slug: 'under-1', min: 0, max: 1 },
  { slug: '1-10', min: 1, max: 10 },
  { slug: '10-50', min: 10, max: 50 },
  { slug: '50-plus', min: 50, max: Number.POSITIVE_INFINITY },
] as const;

/** URL slug of one investment range. */
export type InvestmentRange = (typeof INVESTMENT_RANGES)[number]['slug'];

/** The range a total investment (亿元) falls in; lower bounds are inclusive. */
export function investmentRange(amount: number): InvestmentRange {
  if (!Number.isFinite(amount) || amount < 0) throw new Error(`Invalid total investment ${amount}`);
  const range = INVESTMENT_RANGES.find((r) => amount >= r.min && amount < r.max);
  // The last range is open-ended, so a finite non-negative amount always finds one.
  return range?.slug ?? '50-plus';
}
