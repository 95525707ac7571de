import { describe, expect, it } from 'vitest';
import { formatBeijingDate, formatBeijingTime } from './format-date.ts';

describe('formatBeijingTime', () => {
  it('shows UTC timestamps in Asia/Shanghai (UTC+8), across midnight', () => {
    expect(formatBeijingTime('2024-05-01T08:00:00.000Z')).toBe('2024-05-01 16:00');
    expect(formatBeijingTime('2024-12-31T16:30:00.000Z')).toBe('2025-01-01 00:30');
    expect(formatBeijingDate('2024-12-31T16:30:00.000Z')).toBe('2025-01-01');
  });
});
