import { COOPERATION_MODES, type Project } from '@select-shandong/shared-types';
import { COOPERATION_MODE_LABELS } from '../../i18n/enum-labels.ts';
import type { SiteLocale } from '../../i18n/locales.ts';
import { listingStrings } from '../../i18n/strings/listings.ts';
import { enumSlug } from './enum-slug.ts';
import {
  buildDimension,
  type DocumentChoice,
  documentDimension,
  type FilterDimension,
  type FilterValues,
} from './filter-model.ts';
import { INVESTMENT_RANGES, investmentRange } from './investment-range.ts';
import type { CityChoice } from './park-filters.ts';

/** Dimensions of the project library, in the order they are shown. */
export const PROJECT_FILTER_NAMES = ['city', 'industry', 'investment', 'mode'] as const;

/** One project filter dimension. */
export type ProjectFilterName = (typeof PROJECT_FILTER_NAMES)[number];

/** An industry as a filter choice. */
export type IndustryChoice = DocumentChoice;

/** A project's value in each dimension. */
export function projectFilterValues(project: Project): FilterValues<ProjectFilterName> {
  return {
    city: project.city?.slug ?? '',
    industry: project.industry?.slug ?? '',
    investment: investmentRange(project.totalInvestment),
    mode: enumSlug(project.cooperationMode),
  };
}

/** The project library's dimensions with counts; cities and industries as published in this locale. */
export function projectFilterDimensions(
  locale: SiteLocale,
  projects: readonly Project[],
  cities: readonly CityChoice[],
  industries: readonly IndustryChoice[],
): FilterDimension<ProjectFilterName>[] {
  const s = listingStrings(locale);
  const values = projects.map(projectFilterValues);
  return [
    documentDimension('city', s.city, cities, values),
    documentDimension('industry', s.industry, industries, values),
    buildDimension(
      'investment',
      s.investment,
      INVESTMENT_RANGES.map((range) => ({ value: range.slug, label: s.investmentRanges[range.slug] })),
      values,
    ),
    buildDimension(
      'mode',
      s.cooperationMode,
      COOPERATION_MODES.map((mode) => ({
        value: enumSlug(mode),
        label: COOPERATION_MODE_LABELS[mode][locale],
      })),
      values,
    ),
  ];
}
