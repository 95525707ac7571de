import type { Core } from '@strapi/strapi';

/**
 * The content locales: Chinese first (the default), English second. The name is what the admin's
 * locale picker shows editors, in Chinese; `strapiName` is the English name earlier starts gave it.
 */
export const CONTENT_LOCALES = [
  { code: 'zh-Hans', name: '简体中文 (zh-Hans)', strapiName: 'Chinese (Simplified) (zh-Hans)' },
  { code: 'en', name: '英文 (en)', strapiName: 'English (en)' },
] as const;

export const DEFAULT_LOCALE = 'zh-Hans';

interface LocaleService {
  findByCode(code: string): Promise<{ id: number; name: string } | null>;
  update(params: { id: number }, updates: { name: string }): Promise<unknown>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<unknown>;
  setDefaultLocale(params: { code: string }): Promise<void>;
}

/**
 * Creates the content locales if missing, gives those still under their old English name the
 * Chinese one (a name an administrator chose is kept), and makes zh-Hans the default. Safe to run
 * on every start.
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocaleService;
  for (const locale of CONTENT_LOCALES) {
    const existing = await locales.findByCode(locale.code);
    if (!existing) {
      await locales.create({ code: locale.code, name: locale.name });
      strapi.log.info(`[bootstrap] created locale ${locale.code}`);
    } else if (existing.name === locale.strapiName) {
      await locales.update({ id: existing.id }, { name: locale.name });
      strapi.log.info(`[bootstrap] locale ${locale.code} renamed to ${locale.name}`);
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
    strapi.log.info(`[bootstrap] default locale set to ${DEFAULT_LOCALE}`);
  }
}
