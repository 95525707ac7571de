import type { Event } from '@select-shandong/shared-types';
import { formatBeijingDate, formatBeijingTime } from '../format-date.ts';
import { eventPhase } from './event-phase.ts';

/** Past events the events page shows before the links to the yearly archive. */
export const RECENT_PAST_LIMIT = 6;

/** The events page's split of all events at the build's time. */
export interface EventListing {
  /** Ongoing and upcoming events, soonest start first. */
  current: Event[];
  /** Past events by the Beijing year they started in, each newest first; years newest first. */
  pastByYear: Map<string, Event[]>;
}

/** The Beijing year an event starts in, e.g. `2025`. */
export function eventYear(event: Pick<Event, 'startsAt'>): string {
  return formatBeijingDate(event.startsAt).slice(0, 4);
}

/** Splits events into those still to come or under way and the archive of past ones, at `now`. */
export function splitEvents(events: readonly Event[], now: Date): EventListing {
  const byStart = (a: Event, b: Event) => Date.parse(a.startsAt) - Date.parse(b.startsAt);
  const current = events.filter((event) => eventPhase(event, now) !== 'past').sort(byStart);
  const past = events.filter((event) => eventPhase(event, now) === 'past').sort((a, b) => byStart(b, a));
  const pastByYear = new Map<string, Event[]>();
  for (const year of [...new Set(past.map(eventYear))].sort().reverse()) {
    pastByYear.set(
      year,
      past.filter((event) => eventYear(event) === year),
    );
  }
  return { current, pastByYear };
}

/**
 * The time span in Beijing time: `2026-12-10 09:00–17:00` on one day, else
 * `2026-12-10 09:00 – 2026-12-11 17:00`.
 */
export function eventTimeSpan(event: Pick<Event, 'startsAt' | 'endsAt'>): string {
  const start = formatBeijingTime(event.startsAt);
  const end = formatBeijingTime(event.endsAt);
  if (start === end) return start;
  return start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;
}

/** `2026-12-10T09:00:00+08:00`: a timestamp in Beijing time with its offset, as schema.org shows it. */
export function beijingIsoTime(iso: string): string {
  return `${formatBeijingTime(iso).replace(' ', 'T')}:00+08:00`;
}
