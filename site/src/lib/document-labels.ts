import type { RelationRef } from '@select-shandong/shared-types';
import type { SiteLocale } from '../i18n/locales.ts';
import { documentPath } from '../i18n/paths.ts';
import { type LocaleIndex, resolveRef } from './site-index.ts';

/** A related document for display: its name and, when it is published in this locale, its page. */
export interface RelatedLink {
  href: string | undefined;
  label: string;
}

/** Link to a related city (plain slug text when the city is not published in this locale). */
export function cityLink(
  index: LocaleIndex,
  locale: SiteLocale,
  ref: RelationRef | null,
): RelatedLink | null {
  if (!ref) return null;
  const city = resolveRef(index, 'city', ref);
  return city
    ? { href: documentPath(locale, 'city', city.slug), label: city.name }
    : { href: undefined, label: ref.slug };
}

/** Link to a related industry (plain slug text when not published in this locale). */
export function industryLink(index: LocaleIndex, locale: SiteLocale, ref: RelationRef): RelatedLink {
  const industry = resolveRef(index, 'industry', ref);
  return industry
    ? { href: documentPath(locale, 'industry', industry.slug), label: industry.name }
    : { href: undefined, label: ref.slug };
}

/** Link to a related park (plain slug text when not published in this locale). */
export function parkLink(index: LocaleIndex, locale: SiteLocale, ref: RelationRef): RelatedLink {
  const park = resolveRef(index, 'park', ref);
  return park
    ? { href: documentPath(locale, 'park', park.slug), label: park.name }
    : { href: undefined, label: ref.slug };
}

/** Names for Pagefind filters: only targets published in this locale. */
export function namesOf(links: readonly (RelatedLink | null)[]): string[] {
  return links.flatMap((link) => (link?.href ? [link.label] : []));
}
