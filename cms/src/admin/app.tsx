import { IntegerInput } from './integer-input';
import { INJECT_COLUMN_IN_TABLE, labelListColumns } from './list-view-cells';
import { enTranslations } from './translations/en';
import { zhHansTranslations } from './translations/zh-hans';

/**
 * Admin panel customisation: the editors of this portal work in Chinese, so the interface offers
 * 简体中文 and uses it for everyone who has not picked a language yet.
 */

/** Where Strapi's admin keeps the interface language each browser chose (see @strapi/admin reducer). */
const LANGUAGE_KEY = 'strapi-admin-language';
const DEFAULT_LANGUAGE = 'zh-Hans';

interface AdminApp {
  addFields(field: { type: string; Component: typeof IntegerInput }): void;
  registerHook(name: string, fn: typeof labelListColumns): void;
}

export default {
  config: {
    // English stays available in the profile menu for colleagues who prefer it.
    locales: ['zh-Hans'],
    translations: { 'zh-Hans': zhHansTranslations, en: enTranslations },
    tutorials: false,
    notifications: { releases: false },
  },
  /** Runs before the first render, so a new browser opens the admin (and its login page) in Chinese. */
  register() {
    if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, DEFAULT_LANGUAGE);
    }
  },
  /** Enumeration names and plain years in the list view; years without grouping in the edit view. */
  bootstrap(app: AdminApp) {
    app.registerHook(INJECT_COLUMN_IN_TABLE, labelListColumns);
    app.addFields({ type: 'integer', Component: IntegerInput });
  },
};
