// Whether an event is still to come, under way or over, decided at build time. It is derived from
// the dates, never stored: Strapi reserves `status` for draft/published, and a stored phase goes
// stale the day after the event.

/** Where an event stands at the build's time. */
export type EventPhase = 'upcoming' | 'ongoing' | 'past';

/** The dates the phase depends on. */
export interface EventDates {
  startsAt: string;
  endsAt: string;
}

/** The event's phase at `now`: past once its end has passed, ongoing from its start. */
export function eventPhase(event: EventDates, now: Date): EventPhase {
  const time = now.getTime();
  if (new Date(event.endsAt).getTime() < time) return 'past';
  if (new Date(event.startsAt).getTime() <= time) return 'ongoing';
  return 'upcoming';
}

/** Whether registration is still open at `now`; without a deadline, until the event starts. */
export function registrationOpen(
  event: EventDates & { registrationDeadline?: string | null },
  now: Date,
): boolean {
  const closes = event.registrationDeadline ?? event.startsAt;
  return now.getTime() <= new Date(closes).getTime();
}
