import type { Event } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { beijingIsoTime, eventTimeSpan, eventYear, splitEvents } from './event-listing.ts';

const event = (slug: string, startsAt: string, endsAt: string) => ({ slug, startsAt, endsAt }) as Event;
const now = new Date('2026-12-02T12:00:00+08:00');

describe('splitEvents', () => {
  const events = [
    event('next-month', '2027-01-10T09:00:00+08:00', '2027-01-10T17:00:00+08:00'),
    event('tomorrow', '2026-12-03T09:00:00+08:00', '2026-12-03T17:00:00+08:00'),
    event('under-way', '2026-12-01T09:00:00+08:00', '2026-12-03T17:00:00+08:00'),
    event('ended-an-hour-ago', '2026-12-02T09:00:00+08:00', '2026-12-02T11:00:00+08:00'),
    event('last-year', '2025-06-01T09:00:00+08:00', '2025-06-01T17:00:00+08:00'),
    // 2024-12-31 17:00 UTC is already 2025 in Beijing.
    event('new-year-in-beijing', '2024-12-31T17:00:00Z', '2024-12-31T20:00:00Z'),
    event('earlier-this-year', '2026-03-01T09:00:00+08:00', '2026-03-01T17:00:00+08:00'),
  ];

  it('lists ongoing and upcoming events soonest first, and nothing that has ended', () => {
    expect(splitEvents(events, now).current.map((e) => e.slug)).toEqual([
      'under-way',
      'tomorrow',
      'next-month',
    ]);
  });

  it('archives past events by Beijing year, years and events newest first', () => {
    const { pastByYear } = splitEvents(events, now);
    expect([...pastByYear.keys()]).toEqual(['2026', '2025']);
    expect(pastByYear.get('2026')?.map((e) => e.slug)).toEqual(['ended-an-hour-ago', 'earlier-this-year']);
    expect(pastByYear.get('2025')?.map((e) => e.slug)).toEqual(['last-year', 'new-year-in-beijing']);
  });

  it('moves an event to the archive once its end has passed', () => {
    const later = new Date('2026-12-03T17:00:01+08:00');
    expect(splitEvents(events, later).current.map((e) => e.slug)).toEqual(['next-month']);
    expect(eventYear(events[5] as Event)).toBe('2025');
  });
});

describe('eventTimeSpan and beijingIsoTime', () => {
  it('shows Beijing time, the date once for a one-day event', () => {
    expect(eventTimeSpan(event('a', '2026-12-10T01:00:00Z', '2026-12-10T09:00:00Z'))).toBe(
      '2026-12-10 09:00–17:00',
    );
    expect(eventTimeSpan(event('b', '2026-12-10T01:00:00Z', '2026-12-11T09:00:00Z'))).toBe(
      '2026-12-10 09:00 – 2026-12-11 17:00',
    );
    expect(beijingIsoTime('2026-12-10T01:30:00.000Z')).toBe('2026-12-10T09:30:00+08:00');
  });
});
