import type { Core } from '@strapi/strapi';

/** The content locales: Chinese first (the default), English second. */
export const CONTENT_LOCALES = [
  { code: 'zh-Hans', name: 'Chinese (Simplified) (zh-Hans)' },
  { code: 'en', name: 'English (en)' },
] as const;

export const DEFAULT_LOCALE = 'zh-Hans';

interface LocaleService {
  findByCode(code: string): Promise<{ id: number } | null>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<unknown>;
  setDefaultLocale(params: { code: string }): Promise<void>;
}

/** Creates the content locales if missing and makes zh-Hans the default. Safe to run on every start. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocaleService;
  for (const locale of CONTENT_LOCALES) {
    if (!(await locales.findByCode(locale.code))) {
      await locales.create({ code: locale.code, name: locale.name });
      strapi.log.info(`[bootstrap] created locale ${locale.code}`);
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
    strapi.log.info(`[bootstrap] default locale set to ${DEFAULT_LOCALE}`);
  }
}
