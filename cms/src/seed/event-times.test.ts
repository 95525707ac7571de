import { describe, expect, it } from 'vitest';
import { eventTimes } from './event-times';

describe('eventTimes', () => {
  it('counts days from the Beijing calendar day of the seed, at Beijing times of day', () => {
    // 2026-12-02 20:00 UTC is already 2026-12-03 in Beijing.
    const seededAt = new Date('2026-12-02T20:00:00Z');
    const when = {
      startsInDays: 10,
      startTime: '09:00',
      days: 2,
      endTime: '17:30',
      registrationClosesDaysBefore: 3,
    };
    expect(eventTimes(when, seededAt)).toEqual({
      startsAt: '2026-12-13T01:00:00.000Z',
      endsAt: '2026-12-14T09:30:00.000Z',
      registrationDeadline: '2026-12-10T10:00:00.000Z',
    });
  });

  it('places past events before the seed day and keeps fixed dates as written', () => {
    const seededAt = new Date('2026-12-02T04:00:00Z');
    const past = eventTimes({ startsInDays: -30, startTime: '09:30', days: 1, endTime: '16:00' }, seededAt);
    expect(past).toEqual({
      startsAt: '2026-11-02T01:30:00.000Z',
      endsAt: '2026-11-02T08:00:00.000Z',
      registrationDeadline: null,
    });
    const fixed = { startsAt: '2024-04-20T09:00:00+08:00', endsAt: '2024-04-22T17:00:00+08:00' };
    expect(eventTimes(fixed, seededAt).startsAt).toBe('2024-04-20T01:00:00.000Z');
  });
});
