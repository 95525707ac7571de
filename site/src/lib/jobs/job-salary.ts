import type { SiteLocale } from '../../i18n/locales.ts';

/** The salary fields of a posting (元 per month, before tax). */
export interface JobSalary {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryNegotiable: boolean | null;
}

const grouped = (amount: number) => amount.toLocaleString('en-US');

/**
 * The salary as readers see it: a monthly range in 元 (`8,000–12,000 元/月`, `CNY 8,000–12,000 a
 * month`), one end of it (`8,000 元/月起`), or 面议 / Negotiable when the employer gives no figure.
 */
export function formatSalary(job: JobSalary, locale: SiteLocale): string {
  const { salaryMin: min, salaryMax: max } = job;
  const zh = locale === 'zh';
  if (job.salaryNegotiable || (min === null && max === null)) return zh ? '面议' : 'Negotiable';
  if (min !== null && max !== null) {
    const range = min === max ? grouped(min) : `${grouped(min)}–${grouped(max)}`;
    return zh ? `${range} 元/月` : `CNY ${range} a month`;
  }
  if (min !== null) return zh ? `${grouped(min)} 元/月起` : `From CNY ${grouped(min)} a month`;
  return zh ? `最高 ${grouped(max as number)} 元/月` : `Up to CNY ${grouped(max as number)} a month`;
}
