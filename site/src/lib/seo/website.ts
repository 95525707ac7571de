import { htmlLang, type SiteLocale } from '../../i18n/locales.ts';
import { homePath, sectionPath } from '../../i18n/paths.ts';

/** schema.org WebSite of one locale's home page, with the site search as its SearchAction. */
export function websiteJsonLd(locale: SiteLocale, siteName: string, site: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    url: new URL(homePath(locale), site).href,
    inLanguage: htmlLang(locale),
    potentialAction: {
      '@type': 'SearchAction',
      target: `${new URL(sectionPath(locale, 'search'), site).href}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}
