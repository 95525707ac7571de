import { describe, expect, it } from 'vitest';
import { chinaTelHref } from './china-phone.ts';
import { compareJobsNewestFirst, currentJobs, isJobExpired, shanghaiDate } from './job-expiry.ts';
import { formatSalary } from './job-salary.ts';

describe('job expiry', () => {
  it('takes the calendar date in Asia/Shanghai, which is ahead of UTC in the evening', () => {
    expect(shanghaiDate(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(shanghaiDate(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
  });

  it('keeps a posting open through its last day and expires it the day after, Shanghai time', () => {
    const job = { validUntil: '2026-12-01' };
    expect(isJobExpired(job, new Date('2026-12-01T15:59:59Z'))).toBe(false);
    expect(isJobExpired(job, new Date('2026-12-01T16:00:00Z'))).toBe(true);
  });

  it('lists only the postings still open, in their order', () => {
    const jobs = [{ validUntil: '2027-01-01' }, { validUntil: '2026-11-30' }, { validUntil: '2026-12-02' }];
    expect(currentJobs(jobs, new Date('2026-12-02T01:00:00Z'))).toEqual([jobs[0], jobs[2]]);
  });

  it('sorts newest posted first', () => {
    const jobs = [
      { slug: 'a', postedAt: '2026-10-01', validUntil: '2026-12-31' },
      { slug: 'b', postedAt: '2026-11-20', validUntil: '2026-12-31' },
      { slug: 'c', postedAt: '2026-11-20', validUntil: '2027-01-31' },
    ];
    expect([...jobs].sort(compareJobsNewestFirst).map((j) => j.slug)).toEqual(['c', 'b', 'a']);
  });
});

describe('formatSalary', () => {
  const salary = (salaryMin: number | null, salaryMax: number | null, salaryNegotiable = false) => ({
    salaryMin,
    salaryMax,
    salaryNegotiable,
  });

  it('shows a monthly range in 元 with grouped digits', () => {
    expect(formatSalary(salary(8000, 12000), 'zh')).toBe('8,000–12,000 元/月');
    expect(formatSalary(salary(8000, 12000), 'en')).toBe('CNY 8,000–12,000 a month');
    expect(formatSalary(salary(9000, 9000), 'zh')).toBe('9,000 元/月');
  });

  it('shows one end when only one is given', () => {
    expect(formatSalary(salary(8000, null), 'zh')).toBe('8,000 元/月起');
    expect(formatSalary(salary(null, 15000), 'en')).toBe('Up to CNY 15,000 a month');
  });

  it('shows 面议 when negotiable or without figures, even if figures were left in', () => {
    expect(formatSalary(salary(null, null), 'zh')).toBe('面议');
    expect(formatSalary(salary(8000, 12000, true), 'zh')).toBe('面议');
    expect(formatSalary(salary(null, null, true), 'en')).toBe('Negotiable');
  });
});

describe('chinaTelHref', () => {
  it('writes landlines and mobiles in E.164 with +86, without the trunk 0', () => {
    expect(chinaTelHref('0531-88761201')).toBe('tel:+8653188761201');
    expect(chinaTelHref('0532 8678 1230')).toBe('tel:+8653286781230');
    expect(chinaTelHref('139 0531 0000')).toBe('tel:+8613905310000');
  });

  it('keeps a number that already has a country code', () => {
    expect(chinaTelHref('+86 531 8876 1201')).toBe('tel:+8653188761201');
    expect(chinaTelHref('+49 69 1234')).toBe('tel:+49691234');
    expect(chinaTelHref('86-531-88761201')).toBe('tel:+8653188761201');
  });

  it('gives null when there is nothing to dial', () => {
    expect(chinaTelHref('见官网')).toBeNull();
  });
});
