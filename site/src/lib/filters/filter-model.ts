import type { SiteLocale } from '../../i18n/locales.ts';
import { sectionPath } from '../../i18n/paths.ts';

/** The listings that have filters. */
export type FilterSection = 'parks' | 'projects' | 'policies' | 'jobs';

/** One value a listing can be filtered by. */
export interface FilterOption {
  /** URL slug, `<select>` option value and `data-*` value of matching items. */
  value: string;
  /** What readers see. */
  label: string;
  /** How many items carry this value. */
  count: number;
}

/** One filter dimension (type, city …) with all its values. */
export interface FilterDimension<D extends string = string> {
  /** `<select name>`, `data-<name>` attribute and URL segment. */
  name: D;
  /** What readers see. */
  label: string;
  options: FilterOption[];
}

/**
 * An item's value in every dimension (`''` when it has none, e.g. no city); an item with several
 * values in one dimension (a policy's industries) lists them separated by spaces.
 */
export type FilterValues<D extends string> = Record<D, string>;

/** Whether an item's value in one dimension (one value or several, space-separated) includes `value`. */
export function hasFilterValue(itemValue: string, value: string): boolean {
  return itemValue.split(' ').includes(value);
}

/** The active value per dimension; a missing or empty value means "all". */
export type FilterSelection<D extends string> = Partial<Record<D, string>>;

/** Builds a dimension from its choices, counting the items that carry each one. */
export function buildDimension<D extends string>(
  name: D,
  label: string,
  choices: readonly { value: string; label: string }[],
  items: readonly FilterValues<D>[],
): FilterDimension<D> {
  return {
    name,
    label,
    options: choices.map((choice) => ({
      ...choice,
      count: items.filter((item) => hasFilterValue(item[name], choice.value)).length,
    })),
  };
}

/** A document as a filter choice (a city, an industry): its slug in URLs, its name in this locale. */
export interface DocumentChoice {
  slug: string;
  name: string;
}

/** A dimension whose choices are documents, e.g. the cities published in this locale. */
export function documentDimension<D extends string>(
  name: D,
  label: string,
  documents: readonly DocumentChoice[],
  items: readonly FilterValues<D>[],
): FilterDimension<D> {
  return buildDimension(
    name,
    label,
    documents.map((document) => ({ value: document.slug, label: document.name })),
    items,
  );
}

/** Whether an item matches every non-empty value of a selection. */
export function matchesSelection<D extends string>(
  item: FilterValues<D>,
  selection: FilterSelection<D>,
): boolean {
  return (Object.entries(selection) as [D, string | undefined][]).every(
    ([name, value]) => !value || hasFilterValue(item[name], value),
  );
}

/** The pre-rendered page of one filter value, e.g. `/parks/type/high-tech-zone/`. */
export function filterPath(locale: SiteLocale, section: FilterSection, name: string, value: string): string {
  return `${sectionPath(locale, section)}${name}/${value}/`;
}

/** Every (dimension, value) pair that gets a pre-rendered page. */
export function filterPages<D extends string>(
  dimensions: readonly FilterDimension<D>[],
): { name: D; option: FilterOption }[] {
  return dimensions.flatMap((dimension) =>
    dimension.options.map((option) => ({ name: dimension.name, option })),
  );
}
