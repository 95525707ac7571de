import type { ComponentType } from 'react';
import { DEFAULT_LANGUAGE, LANGUAGE_KEY } from './admin-language';
import { translateHardCodedLabels } from './design-system-labels';
import { IntegerInput } from './integer-input';
import { INJECT_COLUMN_IN_TABLE, labelListColumns } from './list-view-cells';
import { enTranslations } from './translations/en';
import { zhHansTranslations } from './translations/zh-hans';
import { BuildStatusIcon, ScheduleIcon } from './widget-icons';

/**
 * Admin panel customisation: the editors of this portal work in Chinese, so the interface offers
 * 简体中文 and uses it for everyone who has not picked a language yet; the home page shows when the
 * site was last built and what is scheduled.
 */

/** The parts of Strapi's admin app that `register` and `bootstrap` use. */
interface AdminApp {
  widgets: {
    register(widget: {
      id: string;
      icon: typeof BuildStatusIcon | typeof ScheduleIcon;
      title: { id: string; defaultMessage: string };
      component: () => Promise<ComponentType>;
    }): void;
  };
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
  /**
   * Runs before the first render, so a new browser opens the admin (and its login page) in Chinese;
   * adds the site-build and schedule widgets to the home page.
   */
  register(app: AdminApp) {
    if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, DEFAULT_LANGUAGE);
    }
    app.widgets.register({
      id: 'site-build-status',
      icon: BuildStatusIcon,
      title: { id: 'site-build-status.widget.title', defaultMessage: 'Site updates' },
      component: async () => (await import('./build-status-widget')).BuildStatusWidget,
    });
    app.widgets.register({
      id: 'site-schedule',
      icon: ScheduleIcon,
      title: { id: 'site-schedule.widget.title', defaultMessage: 'Scheduled publishing' },
      component: async () => (await import('./schedule-widget')).ScheduleWidget,
    });
  },
  /**
   * Enumeration names and plain years in the list view; years without grouping in the edit view;
   * Chinese for the labels the design system hard-codes in English.
   */
  bootstrap(app: AdminApp) {
    app.registerHook(INJECT_COLUMN_IN_TABLE, labelListColumns);
    app.addFields({ type: 'integer', Component: IntegerInput });
    translateHardCodedLabels();
  },
};
