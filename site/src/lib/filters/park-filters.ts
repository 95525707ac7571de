import { PARK_LEVELS, PARK_TYPES, type Park } from '@select-shandong/shared-types';
import { PARK_LEVEL_LABELS, PARK_TYPE_LABELS } from '../../i18n/enum-labels.ts';
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

/** Dimensions of the park directory, in the order they are shown. */
export const PARK_FILTER_NAMES = ['type', 'level', 'city'] as const;

/** One park filter dimension. */
export type ParkFilterName = (typeof PARK_FILTER_NAMES)[number];

/** A city as a filter choice. */
export type CityChoice = DocumentChoice;

/** A park's value in each dimension. */
export function parkFilterValues(park: Park): FilterValues<ParkFilterName> {
  return { type: enumSlug(park.parkType), level: park.level, city: park.city?.slug ?? '' };
}

/** The park directory's dimensions with counts; cities are those published in this locale. */
export function parkFilterDimensions(
  locale: SiteLocale,
  parks: readonly Park[],
  cities: readonly CityChoice[],
): FilterDimension<ParkFilterName>[] {
  const s = listingStrings(locale);
  const values = parks.map(parkFilterValues);
  return [
    buildDimension(
      'type',
      s.parkType,
      PARK_TYPES.map((type) => ({ value: enumSlug(type), label: PARK_TYPE_LABELS[type][locale] })),
      values,
    ),
    buildDimension(
      'level',
      s.parkLevel,
      PARK_LEVELS.map((level) => ({ value: level, label: PARK_LEVEL_LABELS[level][locale] })),
      values,
    ),
    documentDimension('city', s.city, cities, values),
  ];
}
