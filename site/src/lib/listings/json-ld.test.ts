import type { Contact, Park } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { contactJsonLd } from './government-organization-json-ld.ts';
import { parkPlaceJsonLd } from './place-json-ld.ts';
import { telDisplay, telHref } from './tel-href.ts';

const park = {
  name: '济南高新技术产业开发区',
  summary: '首批国家级高新区之一。',
  address: '济南市高新区舜华路',
  location: { latitude: 36.68, longitude: 117.13 },
  website: 'https://example.org',
  contact: null,
} as unknown as Park;

describe('parkPlaceJsonLd', () => {
  it('gives name, address with city and region, and coordinates', () => {
    const place = parkPlaceJsonLd(park, {
      pageUrl: 'https://x/parks/a/',
      cityName: '济南',
      region: '山东省',
    });
    expect(place).toMatchObject({
      '@type': 'Place',
      name: park.name,
      address: {
        streetAddress: park.address,
        addressLocality: '济南',
        addressRegion: '山东省',
        addressCountry: 'CN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 36.68, longitude: 117.13 },
    });
  });

  it('leaves out what the park does not have', () => {
    const place = parkPlaceJsonLd(
      { ...park, location: null, address: null, website: null },
      { pageUrl: 'u', cityName: undefined, region: 'Shandong' },
    );
    expect(place).not.toHaveProperty('geo');
    expect(place).not.toHaveProperty('sameAs');
    expect(place.address).toEqual({
      '@type': 'PostalAddress',
      addressRegion: 'Shandong',
      addressCountry: 'CN',
    });
  });
});

describe('contactJsonLd', () => {
  const contact = {
    organization: '山东省商务厅',
    address: '济南市历下区',
    phone: '0531-8916 2345',
    email: 'info@example.org',
    website: null,
    region: null,
    description: null,
  } as unknown as Contact;

  it('uses the page URL when the organisation has no website', () => {
    expect(contactJsonLd(contact, 'https://x/contacts/a/')).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: '山东省商务厅',
      url: 'https://x/contacts/a/',
      telephone: '0531-8916 2345',
      email: 'info@example.org',
      address: { streetAddress: '济南市历下区' },
    });
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(telHref('0531-8916 2345')).toBe('tel:053189162345');
    expect(telHref(' +49 (69) 1234-5 ')).toBe('tel:+496912345');
    expect(telHref('—')).toBeNull();
  });
});

describe('telDisplay', () => {
  it('uses non-breaking hyphens and spaces', () => {
    expect(telDisplay('0531-8916 2345')).toBe('0531\u20118916\u00a02345');
  });
});
