import type { Policy } from '@select-shandong/shared-types';
import { BUILD_TIME } from '../build-time.ts';
import { formatBeijingDate } from '../format-date.ts';

/** Where a policy stands for a reader: its validity, or `expired` when in force past its expiry date. */
export type PolicyStanding = Policy['validity'] | 'expired';

/** The build's day in Beijing (`YYYY-MM-DD`): its "today" for expiry dates. */
export function beijingToday(now: Date = BUILD_TIME): string {
  return formatBeijingDate(now.toISOString());
}

/**
 * A policy's standing on `today`: amended and repealed as the editors marked them; one marked in
 * force whose expiry date has passed is `expired`, so the page warns readers even before an editor
 * updates its validity (demo and real data alike go stale while the site is rebuilt nightly).
 */
export function policyStanding(
  policy: Pick<Policy, 'validity' | 'expiryDate'>,
  today: string,
): PolicyStanding {
  if (policy.validity !== 'in_force') return policy.validity;
  return policy.expiryDate && policy.expiryDate < today ? 'expired' : 'in_force';
}
