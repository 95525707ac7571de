import { zhHansTranslations } from './translations/zh-hans';

/**
 * Admin panel customisation: the editors of this portal work in Chinese, so the interface offers
 * 简体中文 and uses it for everyone who has not picked a language yet.
 */

/** Where Strapi's admin keeps the interface language each browser chose (see @strapi/admin reducer). */
const LANGUAGE_KEY = 'strapi-admin-language';
const DEFAULT_LANGUAGE = 'zh-Hans';

export default {
  config: {
    // English stays available in the profile menu for colleagues who prefer it.
    locales: ['zh-Hans'],
    translations: { 'zh-Hans': zhHansTranslations },
    tutorials: false,
    notifications: { releases: false },
  },
  /** Runs before the first render, so a new browser opens the admin (and its login page) in Chinese. */
  register() {
    if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, DEFAULT_LANGUAGE);
    }
  },
  bootstrap() {},
};
