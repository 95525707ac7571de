import type { Park } from '@select-shandong/shared-types';
import type { PlaceLeaf, PostalAddress, PostalAddressLeaf, WithContext } from 'schema-dts';

// Conditional spreads escape tsc's excess-property check; `satisfies` on each fragment restores it.
type Fields = Partial<PlaceLeaf>;
type AddressFields = Partial<PostalAddressLeaf>;

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
export function parkPlaceJsonLd(park: Park, context: PlaceContext): WithContext<PlaceLeaf> {
  const address: PostalAddress = {
    '@type': 'PostalAddress',
    ...(park.address ? ({ streetAddress: park.address } satisfies AddressFields) : {}),
    ...(context.cityName ? ({ addressLocality: context.cityName } satisfies AddressFields) : {}),
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
      ? ({
          geo: {
            '@type': 'GeoCoordinates',
            latitude: park.location.latitude,
            longitude: park.location.longitude,
          },
        } satisfies Fields)
      : {}),
    ...(park.website ? ({ sameAs: park.website } satisfies Fields) : {}),
    ...(park.contact?.phone ? ({ telephone: park.contact.phone } satisfies Fields) : {}),
  };
}
