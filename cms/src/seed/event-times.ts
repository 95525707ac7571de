import type { EventWhen } from './fixture-types';

const DAY_MS = 24 * 60 * 60 * 1000;
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The dates an event fixture gets when seeded on `seededAt`. */
export interface EventTimes {
  startsAt: string;
  endsAt: string;
  registrationDeadline: string | null;
}

/** `YYYY-MM-DD` of the Beijing calendar day `days` after the one `at` falls on. */
function beijingDay(at: Date, days: number): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO timestamp (UTC) for a Beijing day and `HH:MM`. */
function beijingTime(day: string, time: string): string {
  return new Date(`${day}T${time}:00+08:00`).toISOString();
}

/**
 * The timestamps of an event fixture: fixed ones as written, relative ones counted in Beijing
 * calendar days from the seed day, so a demo seeded today has events next week whatever the date.
 */
export function eventTimes(when: EventWhen, seededAt: Date): EventTimes {
  if ('startsAt' in when) {
    return {
      startsAt: new Date(when.startsAt).toISOString(),
      endsAt: new Date(when.endsAt).toISOString(),
      registrationDeadline: null,
    };
  }
  const first = beijingDay(seededAt, when.startsInDays);
  const last = beijingDay(seededAt, when.startsInDays + when.days - 1);
  const closes = when.registrationClosesDaysBefore;
  return {
    startsAt: beijingTime(first, when.startTime),
    endsAt: beijingTime(last, when.endTime),
    registrationDeadline:
      closes === undefined ? null : beijingTime(beijingDay(seededAt, when.startsInDays - closes), '18:00'),
  };
}
