/**
 * Messages of the admin parts this portal adds (not Strapi's): the build-status and schedule
 * widgets on the home page (cms/src/admin/*-widget.tsx), in every admin language.
 */
export const PORTAL_STRINGS = {
  'site-build-status.widget.title': { 'zh-Hans': '网站更新', en: 'Site updates' },
  'site-schedule.widget.title': { 'zh-Hans': '定时发布', en: 'Scheduled publishing' },
} as const satisfies Record<string, { 'zh-Hans': string; en: string }>;

/** The portal's own messages in one admin language, keyed by message id. */
export function portalTranslations(language: 'zh-Hans' | 'en'): Record<string, string> {
  return Object.fromEntries(Object.entries(PORTAL_STRINGS).map(([id, names]) => [id, names[language]]));
}
