import { z } from 'zod';
import { EVENT_GUEST_KINDS } from '../enums/event-guest-kinds.ts';

/** Component `shared.event-guest`: a speaker or an organisation taking part in an event. */
export const eventGuestSchema = z.object({
  /** The person's or organisation's name. */
  name: z.string().min(1),
  /** A speaker's position and organisation; usually empty for an organisation. */
  affiliation: z.string().nullable(),
  /** Speaker or organisation. */
  kind: z.enum(EVENT_GUEST_KINDS),
});

/** One event guest. */
export type EventGuest = z.infer<typeof eventGuestSchema>;
