import type { APIRoute } from 'astro';
import { everyLocaleParams, localeFromParam } from '../../../i18n/locales.ts';
import { documentPath } from '../../../i18n/paths.ts';
import { eventStrings } from '../../../i18n/strings/events.ts';
import { t } from '../../../i18n/ui-strings.ts';
import { BUILD_TIME } from '../../../lib/build-time.ts';
import { eventCalendarFile } from '../../../lib/events/event-calendar-file.ts';
import { splitEvents } from '../../../lib/events/event-listing.ts';
import { getSiteIndex } from '../../../lib/site-index.ts';

export function getStaticPaths() {
  return everyLocaleParams();
}

/** `/events/calendar.ics`: an iCalendar feed of the events still to come or under way. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeFromParam(params.lang);
  const index = await getSiteIndex(locale);
  const siteName = index.siteSetting?.siteName ?? t(locale).siteName;
  const { current } = splitEvents(index.events, BUILD_TIME);
  const entries = current.map((event) => ({
    event,
    pageUrl: new URL(documentPath(locale, 'event', event.slug), site).href,
  }));
  return eventCalendarFile(locale, entries, eventStrings(locale).calendarName(siteName));
};
