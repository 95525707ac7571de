import { describe, expect, it } from 'vitest';
import { parseCalendar } from './__fixtures__/strict-calendar-reader.ts';

const UTF8 = new TextEncoder();

import { type CalendarEvent, escapeText, foldLine, renderCalendar, utcDateTime } from './icalendar.ts';

const roadshow: CalendarEvent = {
  uid: 'doc123@select-shandong',
  startsAt: '2026-12-10T09:30:00+08:00',
  endsAt: '2026-12-10T17:00:00+08:00',
  updatedAt: '2026-11-20T03:04:05.678Z',
  summary: '山东—日韩产业合作路演，青岛站; 新一代信息技术专场',
  location: '青岛国际会议中心（崂山区）, 青岛',
  description: '第一行\n第二行：报名截止 12 月 5 日。'.repeat(6),
  url: 'https://example.org/events/roadshow/',
};

describe('renderCalendar', () => {
  it('writes events that a strict reader gets back field by field, in UTC', () => {
    const [event, ...rest] = parseCalendar(
      renderCalendar({ name: '选择山东 活动', productId: '-//x//y//ZH' }, [roadshow]),
    );
    expect(rest).toEqual([]);
    expect(event).toEqual({
      UID: roadshow.uid,
      DTSTAMP: '20261120T030405Z',
      'LAST-MODIFIED': '20261120T030405Z',
      DTSTART: '20261210T013000Z',
      DTEND: '20261210T090000Z',
      SUMMARY: roadshow.summary,
      LOCATION: roadshow.location,
      DESCRIPTION: roadshow.description,
      URL: roadshow.url,
    });
  });

  it('writes an empty feed as a valid calendar and refuses an event that ends before it starts', () => {
    expect(parseCalendar(renderCalendar({ name: 'Events', productId: '-//x//y//EN' }, []))).toEqual([]);
    expect(() =>
      renderCalendar({ name: 'Events', productId: 'p' }, [{ ...roadshow, endsAt: '2026-12-09T00:00:00Z' }]),
    ).toThrow(/doc123@select-shandong ends .* before it starts/);
    expect(() =>
      renderCalendar({ name: 'Events', productId: 'p' }, [{ ...roadshow, startsAt: '下周二' }]),
    ).toThrow(/Event doc123@select-shandong, field startsAt: Not a timestamp: "下周二"/);
  });
});

describe('foldLine', () => {
  it('keeps every physical line within 75 octets without splitting a character', () => {
    for (const text of ['a'.repeat(200), '山'.repeat(90), `x${'东'.repeat(40)}y${'€'.repeat(30)}`]) {
      const lines = foldLine(`DESCRIPTION:${text}`).split('\r\n');
      for (const line of lines) expect(UTF8.encode(line).length).toBeLessThanOrEqual(75);
      expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`DESCRIPTION:${text}`);
    }
  });
});

describe('escapeText and utcDateTime', () => {
  it('escapes the four special characters and writes UTC basic format', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(utcDateTime('2027-01-01T00:00:00+08:00')).toBe('20261231T160000Z');
    expect(() => utcDateTime('next Tuesday')).toThrow(/Not a timestamp/);
  });
});
