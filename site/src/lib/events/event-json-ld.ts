import type { Event } from '@select-shandong/shared-types';
import type { EventLeaf, Offer, Place, VirtualLocation, WithContext } from 'schema-dts';
import { beijingIsoTime } from './event-listing.ts';

// Conditional spreads escape tsc's excess-property check; `satisfies` on each fragment restores it.
type Fields = Partial<EventLeaf>;

/** What an event's schema.org Event needs besides the event itself. */
export interface EventJsonLdContext {
  /** Absolute URL of the event page. */
  pageUrl: string;
  /** Name of the event's city in the page's language, if published. */
  cityName: string | undefined;
  /** Province name in the page's language (山东省 / Shandong). */
  region: string;
}

function placeOf(event: Event, context: EventJsonLdContext): Place {
  return {
    '@type': 'Place',
    name: event.venue ?? context.cityName ?? event.title,
    ...(context.cityName
      ? {
          address: {
            '@type': 'PostalAddress',
            addressLocality: context.cityName,
            addressRegion: context.region,
            addressCountry: 'CN',
          },
        }
      : {}),
  };
}

/**
 * schema.org Event: dates in Beijing time with their +08:00 offset, a Place (or, for a webinar, a
 * VirtualLocation), the organiser, and registration as an Offer that is valid until the deadline.
 */
export function eventJsonLd(event: Event, context: EventJsonLdContext): WithContext<EventLeaf> {
  const online = event.eventType === 'webinar';
  const location: Place | VirtualLocation = online
    ? { '@type': 'VirtualLocation', url: event.registrationUrl ?? context.pageUrl }
    : placeOf(event, context);
  const offer: Offer | undefined = event.registrationUrl
    ? {
        '@type': 'Offer',
        url: event.registrationUrl,
        ...(event.registrationDeadline ? { validThrough: beijingIsoTime(event.registrationDeadline) } : {}),
      }
    : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: context.pageUrl,
    startDate: beijingIsoTime(event.startsAt),
    endDate: beijingIsoTime(event.endsAt),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location,
    organizer: { '@type': 'Organization', name: event.organiser },
    ...(offer ? ({ offers: offer } satisfies Fields) : {}),
    ...(event.guests.some((guest) => guest.kind === 'speaker')
      ? ({
          performer: event.guests
            .filter((guest) => guest.kind === 'speaker')
            .map((guest) => ({ '@type': 'Person' as const, name: guest.name })),
        } satisfies Fields)
      : {}),
  };
}
