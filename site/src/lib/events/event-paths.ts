import type { SiteLocale } from '../../i18n/locales.ts';
import { documentPath, sectionPath } from '../../i18n/paths.ts';

/** A year's archive of past events, e.g. `/events/archive/2025/`. */
export function eventArchivePath(locale: SiteLocale, year: string): string {
  return `${sectionPath(locale, 'events')}archive/${year}/`;
}

/** One event's calendar file, e.g. `/events/<slug>.ics` (beside its page `/events/<slug>/`). */
export function eventIcsPath(locale: SiteLocale, slug: string): string {
  return `${documentPath(locale, 'event', slug).replace(/\/$/, '')}.ics`;
}

/** The calendar feed of upcoming events, `/events/calendar.ics`. */
export function eventFeedPath(locale: SiteLocale): string {
  return `${sectionPath(locale, 'events')}calendar.ics`;
}
