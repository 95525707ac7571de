import type { Job, JobEmploymentType } from '@select-shandong/shared-types';
import type { JobPostingLeaf, WithContext } from 'schema-dts';

// Conditional spreads escape tsc's excess-property check; `satisfies` on each fragment restores it.
type Fields = Partial<JobPostingLeaf>;

/** schema.org's employmentType values for ours. */
const EMPLOYMENT_TYPES: Record<JobEmploymentType, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: 'CONTRACTOR',
  internship: 'INTERN',
};

/** What a job's schema.org JobPosting needs besides the job itself. */
export interface JobPostingContext {
  /** Absolute URL of the job page. */
  pageUrl: string;
  /** The job's description as HTML (summary, duties and requirements). */
  descriptionHtml: string;
  /** Name of the job's city in the page's language, if published. */
  cityName: string | undefined;
  /** Province name in the page's language (山东省 / Shandong). */
  region: string;
}

/** The monthly salary as a MonetaryAmount in CNY, when the posting gives one and is not 面议. */
function baseSalary(job: Job): Fields {
  if (job.salaryNegotiable || (job.salaryMin === null && job.salaryMax === null)) return {};
  const value = {
    '@type': 'QuantitativeValue' as const,
    unitText: 'MONTH',
    ...(job.salaryMin !== null ? { minValue: job.salaryMin } : {}),
    ...(job.salaryMax !== null ? { maxValue: job.salaryMax } : {}),
  };
  return { baseSalary: { '@type': 'MonetaryAmount', currency: 'CNY', value } } satisfies Fields;
}

/**
 * schema.org JobPosting of a job (Google's required fields: title, description, datePosted,
 * hiringOrganization, jobLocation; validThrough at the end of the closing day, Asia/Shanghai).
 */
export function jobPostingJsonLd(job: Job, context: JobPostingContext): WithContext<JobPostingLeaf> {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.position,
    description: context.descriptionHtml,
    url: context.pageUrl,
    datePosted: job.postedAt,
    validThrough: `${job.validUntil}T23:59:59+08:00`,
    employmentType: EMPLOYMENT_TYPES[job.employmentType],
    totalJobOpenings: job.openings,
    hiringOrganization: { '@type': 'Organization', name: job.employer },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(context.cityName ? { addressLocality: context.cityName } : {}),
        addressRegion: context.region,
        addressCountry: 'CN',
      },
    },
    ...baseSalary(job),
    ...(job.experience ? ({ experienceRequirements: job.experience } satisfies Fields) : {}),
  };
}
