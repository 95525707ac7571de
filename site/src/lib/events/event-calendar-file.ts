import type { Event } from '@select-shandong/shared-types';
import type { SiteLocale } from '../../i18n/locales.ts';
import { getSiteIndex, resolveRef } from '../site-index.ts';
import { calendarEventOf } from './event-calendar.ts';
import { renderCalendar } from './icalendar.ts';

/** The PRODID of every calendar the site writes (RFC 5545 §3.7.3). */
const PRODUCT_ID = '-//Select Shandong//Events//ZH';

/** An `.ics` response with the given events (each with its page's absolute URL). */
export async function eventCalendarFile(
  locale: SiteLocale,
  entries: readonly { event: Event; pageUrl: string }[],
  name: string,
): Promise<Response> {
  const index = await getSiteIndex(locale);
  const events = entries.map(({ event, pageUrl }) =>
    calendarEventOf(event, { pageUrl, cityName: resolveRef(index, 'city', event.city)?.name }),
  );
  const body = renderCalendar({ name, productId: PRODUCT_ID }, events);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
