import type { SiteLocale } from '../../i18n/locales.ts';

const OG_LOCALES: Record<SiteLocale, string> = { zh: 'zh_CN', en: 'en_US' };

/** The Open Graph locale of a site locale (`zh` → `zh_CN`, `en` → `en_US`). */
export function ogLocale(locale: SiteLocale): string {
  return OG_LOCALES[locale];
}

/** A `<title>`: the page title followed by the site name, or the site name alone on the home page. */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} · ${siteName}`;
}

/**
 * Serialises a JSON-LD object for an inline script: `<` escaped so no text can close the script
 * or open a comment, U+2028/U+2029 escaped so the block stays valid JavaScript too (older parsers
 * and tools that eval it). JSON.stringify already escapes control characters and lone surrogates.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
