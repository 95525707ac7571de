import { htmlLang, type SiteLocale } from '../../i18n/locales.ts';

/** One `<link rel="alternate" hreflang>`. */
export interface HreflangLink {
  hreflang: string;
  href: string;
}

/**
 * The hreflang alternates of a page that exists in both locales: each language version (itself
 * included, as Google requires the set to be reciprocal) and x-default pointing at the Chinese one.
 */
export function hreflangLinks(
  locale: SiteLocale,
  selfUrl: string,
  otherLocale: SiteLocale,
  otherUrl: string,
): HreflangLink[] {
  const byLocale = { [locale]: selfUrl, [otherLocale]: otherUrl } as Record<SiteLocale, string>;
  return [
    { hreflang: htmlLang('zh'), href: byLocale.zh },
    { hreflang: htmlLang('en'), href: byLocale.en },
    { hreflang: 'x-default', href: byLocale.zh },
  ];
}
