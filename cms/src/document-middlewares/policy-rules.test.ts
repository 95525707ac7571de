import { describe, expect, it } from 'vitest';
import { brokenPolicyRule, relationChange } from './policy-rules';

const valid = { level: 'provincial', hasCity: false, longTerm: true, expiryDate: null, effectiveDate: null };

describe('relationChange', () => {
  it('reads the admin form, the Document Service and plain values', () => {
    expect(relationChange(undefined)).toBe('unchanged');
    expect(relationChange({ connect: [], disconnect: [] })).toBe('unchanged');
    expect(relationChange({ connect: [{ id: 1 }], disconnect: [] })).toBe('set');
    expect(relationChange({ connect: [], disconnect: [{ id: 1 }] })).toBe('cleared');
    expect(relationChange({ set: [] })).toBe('cleared');
    expect(relationChange({ set: [{ documentId: 'x' }] })).toBe('set');
    expect(relationChange('doc-1')).toBe('set');
    expect(relationChange(null)).toBe('cleared');
    expect(relationChange([])).toBe('cleared');
  });
});

describe('brokenPolicyRule', () => {
  it('accepts consistent facts', () => {
    expect(brokenPolicyRule(valid, 'policy x')).toBeNull();
    expect(brokenPolicyRule({ ...valid, level: 'municipal', hasCity: true }, 'policy x')).toBeNull();
  });

  it('refuses a municipal policy without a city, naming the field in Chinese and English', () => {
    const broken = brokenPolicyRule({ ...valid, level: 'municipal' }, 'policy abc, locale en');
    expect(broken?.[0]).toBe('city');
    expect(broken?.[1]).toContain('市级政策必须选择“所属城市”');
    expect(broken?.[1]).toContain('policy abc, locale en, field "city"');
  });

  it('refuses an expiry date on a long-term policy, and one before the effective date', () => {
    expect(brokenPolicyRule({ ...valid, expiryDate: '2027-01-01' }, 'p')?.[0]).toBe('expiryDate');
    const early = { ...valid, longTerm: false, effectiveDate: '2024-05-01', expiryDate: '2024-04-30' };
    expect(brokenPolicyRule(early, 'p')?.[1]).toContain('早于施行日期');
  });
});
