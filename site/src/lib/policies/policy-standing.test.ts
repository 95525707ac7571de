import { describe, expect, it } from 'vitest';
import { beijingToday, policyStanding } from './policy-standing.ts';

describe('policyStanding', () => {
  it('keeps the validity editors set, and marks an in-force policy past its expiry date expired', () => {
    expect(policyStanding({ validity: 'repealed', expiryDate: null }, '2026-12-02')).toBe('repealed');
    expect(policyStanding({ validity: 'amended', expiryDate: '2020-01-01' }, '2026-12-02')).toBe('amended');
    expect(policyStanding({ validity: 'in_force', expiryDate: null }, '2026-12-02')).toBe('in_force');
    expect(policyStanding({ validity: 'in_force', expiryDate: '2026-12-02' }, '2026-12-02')).toBe('in_force');
    expect(policyStanding({ validity: 'in_force', expiryDate: '2026-12-01' }, '2026-12-02')).toBe('expired');
  });

  it('takes today in Beijing, eight hours ahead of UTC', () => {
    expect(beijingToday(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
    expect(beijingToday(new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-01');
  });
});
