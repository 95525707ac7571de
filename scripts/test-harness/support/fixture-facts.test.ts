import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { describe, expect, it } from 'vitest';
import { belongsToCity, cityOfPath, investmentRange, slugIn, urlValue } from './fixture-facts.ts';

describe('fixture facts', () => {
  it('puts amounts in half-open ranges', () => {
    expect([0, 0.99, 1, 9.99, 10, 49.9, 50, 300].map(investmentRange)).toEqual([
      'under-1',
      'under-1',
      '1-10',
      '1-10',
      '10-50',
      '10-50',
      '50-plus',
      '50-plus',
    ]);
  });

  it('reads slugs from page paths in either locale, and nothing from other pages', () => {
    expect(slugIn('parks', '/parks/jinan-etdz/')).toBe('jinan-etdz');
    expect(slugIn('parks', 'http://127.0.0.1:1/en/parks/jinan-etdz/')).toBe('jinan-etdz');
    expect(slugIn('parks', '/parks/type/high-tech-zone/')).toBeNull();
    expect(urlValue('customs_special_zone')).toBe('customs-special-zone');
  });

  it('finds the city of a document page from the fixtures', () => {
    const park = demoContent.parks[0];
    if (!park) throw new Error('no parks');
    expect(cityOfPath(`/parks/${park.slug}/`)).toBe(park.city);
    const job = demoContent.jobs[0];
    if (!job) throw new Error('no jobs');
    expect(cityOfPath(`/en/jobs/${job.slug}/`)).toBe(job.city);
    expect(cityOfPath('/en/cities/liaocheng/business-environment/')).toBe('liaocheng');
    expect(cityOfPath('/industries/next-gen-it/')).toBeUndefined();
  });

  it('relates industry pages to the cities that list the industry', () => {
    const city = demoContent.cities.find((c) => c.industries.length > 0);
    const other = demoContent.industries.find((i) => !city?.industries.includes(i.slug));
    if (!city || !other) throw new Error('fixtures lack a city with industries');
    expect(belongsToCity(`/industries/${city.industries[0]}/`, city.slug)).toBe(true);
    expect(belongsToCity(`/industries/${other.slug}/`, city.slug)).toBe(false);
    expect(belongsToCity(`/cities/${city.slug}/`, city.slug)).toBe(true);
  });
});
