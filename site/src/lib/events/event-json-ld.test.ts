import type { Event } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { calendarEventOf, eventUid } from './event-calendar.ts';
import { eventJsonLd } from './event-json-ld.ts';

const event: Event = {
  documentId: 'ev1',
  locale: 'zh-Hans',
  updatedAt: '2026-11-20T03:04:05.000Z',
  publishedAt: '2026-11-20T03:04:05.000Z',
  title: '招商路演',
  slug: 'roadshow',
  eventType: 'roadshow',
  startsAt: '2026-12-10T01:30:00.000Z',
  endsAt: '2026-12-10T09:00:00.000Z',
  venue: '济南黄河国际会展中心',
  city: { documentId: 'c1', slug: 'jinan' },
  organiser: '山东省投资促进局',
  registrationUrl: 'https://register.example.gov.cn/r',
  registrationDeadline: '2026-12-05T10:00:00.000Z',
  guests: [
    { name: '王晓', affiliation: '某集团总裁', kind: 'speaker' },
    { name: '济南市人民政府', affiliation: null, kind: 'organisation' },
  ],
  projects: [],
  industries: [],
  summary: '推介重点项目',
  body: null,
  cover: null,
  seo: null,
};
const context = { pageUrl: 'https://site.test/events/roadshow/', cityName: '济南', region: '山东省' };

describe('eventJsonLd', () => {
  it('gives Beijing times with +08:00, the place, organiser, registration offer and speakers', () => {
    const ld = eventJsonLd(event, context) as unknown as Record<string, unknown>;
    expect(ld.startDate).toBe('2026-12-10T09:30:00+08:00');
    expect(ld.endDate).toBe('2026-12-10T17:00:00+08:00');
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ld.location).toEqual({
      '@type': 'Place',
      name: '济南黄河国际会展中心',
      address: {
        '@type': 'PostalAddress',
        addressLocality: '济南',
        addressRegion: '山东省',
        addressCountry: 'CN',
      },
    });
    expect(ld.organizer).toEqual({ '@type': 'Organization', name: '山东省投资促进局' });
    expect(ld.offers).toEqual({
      '@type': 'Offer',
      url: 'https://register.example.gov.cn/r',
      validThrough: '2026-12-05T18:00:00+08:00',
    });
    expect(ld.performer).toEqual([{ '@type': 'Person', name: '王晓' }]);
  });

  it('puts a webinar at a VirtualLocation, online', () => {
    const ld = eventJsonLd(
      { ...event, eventType: 'webinar', registrationUrl: null },
      context,
    ) as unknown as Record<string, unknown>;
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', url: context.pageUrl });
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(ld.offers).toBeUndefined();
  });
});

describe('calendarEventOf', () => {
  it('uses one UID per document and puts venue and city in LOCATION, the page in URL', () => {
    const entry = calendarEventOf(event, { pageUrl: context.pageUrl, cityName: '济南' });
    expect(entry.uid).toBe(eventUid({ documentId: 'ev1' }));
    expect(calendarEventOf({ ...event, locale: 'en' }, { ...context }).uid).toBe(entry.uid);
    expect(entry.location).toBe('济南黄河国际会展中心, 济南');
    expect(entry.url).toBe(context.pageUrl);
    expect(entry.description).toContain(context.pageUrl);
    expect(
      calendarEventOf({ ...event, venue: null }, { pageUrl: '', cityName: undefined }).location,
    ).toBeUndefined();
  });
});
