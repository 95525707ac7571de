/** Locales the CMS stores content in; `zh-Hans` is Strapi's default locale. */
export const CMS_LOCALES = ['zh-Hans', 'en'] as const;

/** One of the CMS locales. */
export type CmsLocale = (typeof CMS_LOCALES)[number];
