import type { Job } from '@select-shandong/shared-types';
import type { SiteLocale } from '../../i18n/locales.ts';
import { listingStrings } from '../../i18n/strings/listings.ts';
import { documentDimension, type FilterDimension, type FilterValues } from './filter-model.ts';
import type { CityChoice } from './park-filters.ts';
import type { IndustryChoice } from './project-filters.ts';

/** Dimensions of the job library, in the order they are shown. */
export const JOB_FILTER_NAMES = ['city', 'industry'] as const;

/** One job filter dimension. */
export type JobFilterName = (typeof JOB_FILTER_NAMES)[number];

/** A job's value in each dimension. */
export function jobFilterValues(job: Job): FilterValues<JobFilterName> {
  return { city: job.city?.slug ?? '', industry: job.industry?.slug ?? '' };
}

/** The job library's dimensions with counts of current jobs; cities and industries as published. */
export function jobFilterDimensions(
  locale: SiteLocale,
  jobs: readonly Job[],
  cities: readonly CityChoice[],
  industries: readonly IndustryChoice[],
): FilterDimension<JobFilterName>[] {
  const s = listingStrings(locale);
  const values = jobs.map(jobFilterValues);
  return [
    documentDimension('city', s.city, cities, values),
    documentDimension('industry', s.industry, industries, values),
  ];
}
