import { POLICY_LEVELS, POLICY_VALIDITIES, type Policy } from '@select-shandong/shared-types';
import { POLICY_LEVEL_LABELS, POLICY_VALIDITY_LABELS } from '../../i18n/enum-labels.ts';
import type { SiteLocale } from '../../i18n/locales.ts';
import { policyStrings } from '../../i18n/strings/policies.ts';
import { enumSlug } from './enum-slug.ts';
import {
  buildDimension,
  documentDimension,
  type FilterDimension,
  type FilterValues,
} from './filter-model.ts';
import type { CityChoice } from './park-filters.ts';
import type { IndustryChoice } from './project-filters.ts';

/** Dimensions of the policy library, in the order they are shown. */
export const POLICY_FILTER_NAMES = ['level', 'issuer', 'city', 'industry', 'validity', 'year'] as const;

/** One policy filter dimension. */
export type PolicyFilterName = (typeof POLICY_FILTER_NAMES)[number];

/** The URL value of an issuer: a short hash of its Chinese name, the same in both locales. */
export function issuerSlug(chineseIssuer: string): string {
  // FNV-1a, 32 bits: issuers are free text (Chinese), so they get a stable ASCII key for their page.
  let hash = 0x811c9dc5;
  for (const char of chineseIssuer.trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `issuer-${hash.toString(36)}`;
}

/**
 * The issuer slug of each policy, from its Chinese version's issuer (so /policies/issuer/x/ and
 * /en/policies/issuer/x/ are the same issuer), or its own issuer when it has no Chinese version.
 */
export function issuerSlugOf(chinesePolicies: readonly Policy[]): (policy: Policy) => string {
  const chinese = new Map(chinesePolicies.map((policy) => [policy.documentId, policy.issuer]));
  return (policy) => issuerSlug(chinese.get(policy.documentId) ?? policy.issuer);
}

/** The year a policy was issued (its issue date is a calendar date, no time zone to apply). */
export function issueYear(policy: Policy): string {
  return policy.issueDate.slice(0, 4);
}

/** A policy's value in each dimension; its industries are space-separated. */
export function policyFilterValues(
  policy: Policy,
  issuerSlugFor: (policy: Policy) => string,
): FilterValues<PolicyFilterName> {
  return {
    level: policy.level,
    issuer: issuerSlugFor(policy),
    city: policy.city?.slug ?? '',
    industry: policy.industries.map((industry) => industry.slug).join(' '),
    validity: enumSlug(policy.validity),
    year: issueYear(policy),
  };
}

/** The issuers of these policies, most documents first, as filter choices. */
function issuerChoices(
  policies: readonly Policy[],
  issuerSlugFor: (policy: Policy) => string,
  locale: SiteLocale,
) {
  const counts = new Map<string, { value: string; label: string; count: number }>();
  for (const policy of policies) {
    const value = issuerSlugFor(policy);
    const entry = counts.get(value) ?? { value, label: policy.issuer, count: 0 };
    entry.count += 1;
    counts.set(value, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale === 'zh' ? 'zh-Hans' : 'en'))
    .map(({ value, label }) => ({ value, label }));
}

/** The policy library's dimensions with counts; cities and industries as published in this locale. */
export function policyFilterDimensions(
  locale: SiteLocale,
  policies: readonly Policy[],
  issuerSlugFor: (policy: Policy) => string,
  cities: readonly CityChoice[],
  industries: readonly IndustryChoice[],
): FilterDimension<PolicyFilterName>[] {
  const s = policyStrings(locale);
  const values = policies.map((policy) => policyFilterValues(policy, issuerSlugFor));
  const years = [...new Set(policies.map(issueYear))].sort().reverse();
  return [
    buildDimension(
      'level',
      s.level,
      POLICY_LEVELS.map((level) => ({ value: level, label: POLICY_LEVEL_LABELS[level][locale] })),
      values,
    ),
    buildDimension('issuer', s.issuer, issuerChoices(policies, issuerSlugFor, locale), values),
    documentDimension('city', s.city, cities, values),
    documentDimension('industry', s.industry, industries, values),
    buildDimension(
      'validity',
      s.validity,
      POLICY_VALIDITIES.map((validity) => ({
        value: enumSlug(validity),
        label: POLICY_VALIDITY_LABELS[validity][locale],
      })),
      values,
    ),
    buildDimension(
      'year',
      s.year,
      years.map((year) => ({ value: year, label: s.yearLabel(year) })),
      values,
    ),
  ];
}
