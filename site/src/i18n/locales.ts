import type { CmsLocale } from '@select-shandong/shared-types';

/** Site locales: `zh` is served at the root, `en` under `/en/`. */
export const SITE_LOCALES = ['zh', 'en'] as const;

/** One site locale. */
export type SiteLocale = (typeof SITE_LOCALES)[number];

const TO_CMS: Record<SiteLocale, CmsLocale> = { zh: 'zh-Hans', en: 'en' };

/** The CMS locale of a site locale (`zh` → `zh-Hans`). */
export function toCmsLocale(locale: SiteLocale): CmsLocale {
  return TO_CMS[locale];
}

/** The site locale of a CMS locale (`zh-Hans` → `zh`). */
export function toSiteLocale(locale: CmsLocale): SiteLocale {
  return locale === 'en' ? 'en' : 'zh';
}

/** The `<html lang>` value of a site locale. */
export function htmlLang(locale: SiteLocale): string {
  return locale === 'zh' ? 'zh-Hans' : 'en';
}

/** The other locale, for the language switch. */
export function otherLocale(locale: SiteLocale): SiteLocale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** The `[...lang]` route param of a locale: undefined for the root locale. */
export function langParam(locale: SiteLocale): string | undefined {
  return locale === 'zh' ? undefined : locale;
}

/** The locale of a `[...lang]` route param; throws on anything else. */
export function localeFromParam(param: string | undefined): SiteLocale {
  if (param === undefined || param === '') return 'zh';
  if (param === 'en') return 'en';
  throw new Error(`Unknown locale route param "${param}"`);
}

/** Route params for every locale, for `getStaticPaths` of pages that exist once per locale. */
export function everyLocaleParams(): { params: { lang: string | undefined } }[] {
  return SITE_LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}
