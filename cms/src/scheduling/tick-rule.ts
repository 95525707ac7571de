/**
 * The cron rule (with seconds) for a scheduler tick every `seconds` seconds: every minute by
 * default, every second in tests. Only divisors of 60 keep the ticks evenly spaced across the
 * minute (`*\/7` fires at :56 and again at :00); anything else throws, naming the variable.
 */
export function tickRule(seconds: number, variable = 'SCHEDULED_PUBLISH_INTERVAL_SECONDS'): string {
  if (!Number.isInteger(seconds) || seconds < 1 || 60 % seconds !== 0) {
    throw new Error(
      `${variable} must divide a minute evenly (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60 seconds), got "${seconds}"`,
    );
  }
  return seconds === 60 ? '0 * * * * *' : `*/${seconds} * * * * *`;
}
