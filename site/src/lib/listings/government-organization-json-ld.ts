import type { Contact } from '@select-shandong/shared-types';
import type { GovernmentOrganizationLeaf, PostalAddressLeaf, WithContext } from 'schema-dts';

// Conditional spreads escape tsc's excess-property check; `satisfies` on each fragment restores it.
type Fields = Partial<GovernmentOrganizationLeaf>;
type AddressFields = Partial<PostalAddressLeaf>;

/** schema.org GovernmentOrganization of a contact; `url` is its website, else its page here. */
export function contactJsonLd(
  contact: Contact,
  pageUrl: string,
  cityName?: string,
): WithContext<GovernmentOrganizationLeaf> {
  const hasAddress = contact.address || cityName || contact.region;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: contact.organization,
    ...(contact.description ? ({ description: contact.description } satisfies Fields) : {}),
    url: contact.website ?? pageUrl,
    ...(hasAddress
      ? ({
          address: {
            '@type': 'PostalAddress',
            ...(contact.address ? ({ streetAddress: contact.address } satisfies AddressFields) : {}),
            ...(cityName ? ({ addressLocality: cityName } satisfies AddressFields) : {}),
            ...(contact.region ? ({ addressRegion: contact.region } satisfies AddressFields) : {}),
          },
        } satisfies Fields)
      : {}),
    ...(contact.phone ? ({ telephone: contact.phone } satisfies Fields) : {}),
    ...(contact.email ? ({ email: contact.email } satisfies Fields) : {}),
  };
}
