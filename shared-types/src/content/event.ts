import { z } from 'zod';
import { eventGuestSchema } from '../components/event-guest.ts';
import { mediaSchema } from '../components/media.ts';
import { relationRefSchema } from '../components/relation-ref.ts';
import { seoSchema } from '../components/seo.ts';
import { EVENT_TYPES } from '../enums/event-types.ts';
import { dateTimeSchema } from '../fields/date-time.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';

/**
 * Collection `event`: a roadshow, summit, fair or webinar. Whether it is upcoming, under way or
 * over is derived from the dates at build time (site/src/lib/events/event-phase.ts), never stored.
 */
export const eventSchema = z.object({
  ...documentMetaShape,
  /** Name of the event. */
  title: z.string().min(1),
  /** URL slug, unique per locale. */
  slug: slugSchema,
  /** Roadshow, summit, fair or webinar. */
  eventType: z.enum(EVENT_TYPES),
  /** When it starts (shown in Beijing time). */
  startsAt: dateTimeSchema,
  /** When it ends; never before `startsAt` (checked on save). */
  endsAt: dateTimeSchema,
  /** Hall and address, or the platform of a webinar. */
  venue: z.string().nullable(),
  /** City it takes place in; none for events abroad or online. */
  city: relationRefSchema.nullable(),
  /** 主办单位. */
  organiser: z.string().min(1),
  /** Registration page (https only). */
  registrationUrl: z
    .string()
    .regex(/^https:\/\/\S+$/, 'Expected an https URL')
    .nullable(),
  /** Registration closes then; without it, when the event starts. */
  registrationDeadline: dateTimeSchema.nullable(),
  /** Speakers and organisations, in order of appearance; `[]` when none. */
  guests: z.array(eventGuestSchema),
  /** Projects presented or signed at the event. */
  projects: z.array(relationRefSchema),
  /** Industries the event is about. */
  industries: z.array(relationRefSchema),
  /** One or two sentences for lists and calendars. */
  summary: z.string(),
  /** Markdown body: programme, audience, travel. */
  body: z.string().nullable(),
  /** Cover image. */
  cover: mediaSchema.nullable(),
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** An event as the site consumes it. */
export type Event = z.infer<typeof eventSchema>;
