import type { Park } from '@select-shandong/shared-types';

/** What a park's schema.org Place needs besides the park itself. */
export interface PlaceContext {
  /** Absolute URL of the park page. */
  pageUrl: string;
  /** Name of the park's city in the page's language, if published. */
  cityName: string | undefined;
  /** Province name in the page's language (山东省 / Shandong). */
  region: string;
}

/** schema.org Place of a park: name, address and, when known, its position. */
export function parkPlaceJsonLd(park: Park, context: PlaceContext): Record<string, unknown> {
  const address = {
    '@type': 'PostalAddress',
    ...(park.address ? { streetAddress: park.address } : {}),
    ...(context.cityName ? { addressLocality: context.cityName } : {}),
    addressRegion: context.region,
    addressCountry: 'CN',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: park.name,
    description: park.summary,
    url: context.pageUrl,
    address,
    ...(park.location
      ? {
          geo: {
            '@type': 'GeoCoordinates',
            latitude: park.location.latitude,
            longitude: park.location.longitude,
          },
        }
      : {}),
    ...(park.website ? { sameAs: park.website } : {}),
    ...(park.contact?.phone ? { telephone: park.contact.phone } : {}),
  };
}
