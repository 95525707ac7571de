import { describe, expect, it } from 'vitest';
import { decimalSchema } from './decimal.ts';

describe('decimalSchema', () => {
  it('accepts numbers (SQLite) and numeric strings (PostgreSQL) and yields numbers', () => {
    expect(decimalSchema.parse(12.5)).toBe(12.5);
    expect(decimalSchema.parse('12.50')).toBe(12.5);
    expect(decimalSchema.parse('-36.6512')).toBe(-36.6512);
  });

  it('rejects null, empty and non-numeric strings instead of turning them into 0', () => {
    for (const value of [null, '', 'abc', '1e5', Number.NaN]) {
      expect(decimalSchema.safeParse(value).success).toBe(false);
    }
  });
});
