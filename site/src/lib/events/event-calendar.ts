import type { Event } from '@select-shandong/shared-types';
import type { CalendarEvent } from './icalendar.ts';

/** What a calendar entry needs besides the event: its page and its city's name in this locale. */
export interface CalendarContext {
  /** Absolute URL of the event page. */
  pageUrl: string;
  /** Name of the event's city, when it has one published in this locale. */
  cityName: string | undefined;
}

/** The UID of an event in every calendar file: one per document, the same in both languages and every build. */
export function eventUid(event: Pick<Event, 'documentId'>): string {
  return `${event.documentId}@select-shandong`;
}

/** An event as an iCalendar VEVENT: title, venue and city, summary and the page's address. */
export function calendarEventOf(event: Event, context: CalendarContext): CalendarEvent {
  const location = [event.venue, context.cityName].filter(Boolean).join(', ');
  return {
    uid: eventUid(event),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    updatedAt: event.updatedAt,
    summary: event.title,
    ...(location ? { location } : {}),
    description: `${event.summary}\n\n${context.pageUrl}`,
    url: context.pageUrl,
  };
}
