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

/** Serialises a JSON-LD object for an inline script: `<` escaped so no text can close the script. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
