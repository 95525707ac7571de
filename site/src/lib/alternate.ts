import type { CollectionTypeName } from '@select-shandong/shared-types';
import { otherLocale, type SiteLocale } from '../i18n/locales.ts';
import { documentPath, type Section, sectionPath, TYPE_SECTIONS } from '../i18n/paths.ts';
import { getSiteIndex } from './site-index.ts';

/** Target of the language switch. */
export interface Alternate {
  /** Where the switch links to. */
  href: string;
  /** True when it is this page in the other language, false when it falls back to a section page. */
  isTranslation: boolean;
}

/**
 * The same document in the other locale when it is published there, else that locale's page of
 * the document's section (e.g. /en/projects/), so the reader stays where they were browsing.
 */
export async function documentAlternate(
  locale: SiteLocale,
  type: CollectionTypeName,
  documentId: string,
): Promise<Alternate> {
  const other = otherLocale(locale);
  const translation = (await getSiteIndex(other)).byId[type].get(documentId);
  return translation
    ? { href: documentPath(other, type, translation.slug), isTranslation: true }
    : { href: sectionPath(other, TYPE_SECTIONS[type]), isTranslation: false };
}

/** Section pages exist in both locales. */
export function sectionAlternate(locale: SiteLocale, section: Section): Alternate {
  return { href: sectionPath(otherLocale(locale), section), isTranslation: true };
}
