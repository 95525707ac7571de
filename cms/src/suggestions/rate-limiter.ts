/** A fixed-window counter per key (the client's IP), kept in memory. */
export interface RateLimiter {
  /** Counts one attempt; false when the key has used up its window. */
  take(key: string, now?: number): boolean;
}

// Bounds memory under a flood of distinct addresses: expired windows are swept past this many keys.
const SWEEP_ABOVE = 10_000;

/**
 * At most `max` attempts per key in each `windowMs`. In memory on purpose: one Strapi process
 * serves the form; with several, each counts on its own (documented in docs/operations.md).
 */
export function createRateLimiter(max: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key, now = Date.now()) {
      if (windows.size > SWEEP_ABOVE) {
        for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      }
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= max;
    },
  };
}
