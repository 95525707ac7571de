const DAY_MS = 24 * 60 * 60 * 1000;
/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) in Asia/Shanghai `days` days after `now` (negative: before). */
export function shanghaiDateOffset(now: Date, days: number): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}
