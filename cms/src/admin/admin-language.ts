/** Where Strapi's admin keeps the interface language each browser chose (see @strapi/admin reducer). */
export const LANGUAGE_KEY = 'strapi-admin-language';
/** The portal's editors work in Chinese: the language of a browser that has not chosen one. */
export const DEFAULT_LANGUAGE = 'zh-Hans';

/** The admin language this browser shows: zh-Hans or en. */
export function adminLanguage(): 'zh-Hans' | 'en' {
  const chosen = typeof window === 'undefined' ? null : window.localStorage.getItem(LANGUAGE_KEY);
  return (chosen ?? DEFAULT_LANGUAGE).startsWith('zh') ? 'zh-Hans' : 'en';
}
