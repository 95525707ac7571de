import type { Contact } from '@select-shandong/shared-types';

/** schema.org GovernmentOrganization of a contact; `url` is its website, else its page here. */
export function contactJsonLd(contact: Contact, pageUrl: string, cityName?: string): Record<string, unknown> {
  const hasAddress = contact.address || cityName || contact.region;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: contact.organization,
    ...(contact.description ? { description: contact.description } : {}),
    url: contact.website ?? pageUrl,
    ...(hasAddress
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(contact.address ? { streetAddress: contact.address } : {}),
            ...(cityName ? { addressLocality: cityName } : {}),
            ...(contact.region ? { addressRegion: contact.region } : {}),
          },
        }
      : {}),
    ...(contact.phone ? { telephone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  };
}
