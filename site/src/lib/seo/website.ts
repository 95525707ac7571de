import type { SearchAction, WebSite, WithActionConstraints, WithContext } from 'schema-dts';
import { htmlLang, type SiteLocale } from '../../i18n/locales.ts';
import { homePath, sectionPath } from '../../i18n/paths.ts';

/** schema.org WebSite of one locale's home page, with the site search as its SearchAction. */
export function websiteJsonLd(locale: SiteLocale, siteName: string, site: string): WithContext<WebSite> {
  // `query-input` is not a schema.org property but an action constraint; schema-dts types it only
  // through WithActionConstraints (it annotates `query`).
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: `${new URL(sectionPath(locale, 'search'), site).href}?q={search_term_string}`,
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    url: new URL(homePath(locale), site).href,
    inLanguage: htmlLang(locale),
    potentialAction: search,
  };
}
