import { describe, expect, it } from 'vitest';
import { eventPhase, registrationOpen } from './event-phase.ts';

const event = { startsAt: '2026-12-10T09:00:00+08:00', endsAt: '2026-12-11T17:00:00+08:00' };
const at = (iso: string) => new Date(iso);

describe('eventPhase', () => {
  it('is upcoming before the start, ongoing from the start to the end, past after the end', () => {
    expect(eventPhase(event, at('2026-12-10T08:59:59+08:00'))).toBe('upcoming');
    expect(eventPhase(event, at('2026-12-10T09:00:00+08:00'))).toBe('ongoing');
    expect(eventPhase(event, at('2026-12-11T17:00:00+08:00'))).toBe('ongoing');
    expect(eventPhase(event, at('2026-12-11T17:00:01+08:00'))).toBe('past');
  });
});

describe('registrationOpen', () => {
  it('closes after the deadline, or at the start when there is none', () => {
    const withDeadline = { ...event, registrationDeadline: '2026-12-05T23:59:59+08:00' };
    expect(registrationOpen(withDeadline, at('2026-12-05T23:59:59+08:00'))).toBe(true);
    expect(registrationOpen(withDeadline, at('2026-12-06T00:00:00+08:00'))).toBe(false);
    expect(registrationOpen({ ...event, registrationDeadline: null }, at('2026-12-10T08:00:00+08:00'))).toBe(
      true,
    );
    expect(registrationOpen(event, at('2026-12-10T09:00:01+08:00'))).toBe(false);
  });
});
