import type { Park, Project } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { filterPages, filterPath, matchesSelection } from './filter-model.ts';
import { parkFilterDimensions, parkFilterValues } from './park-filters.ts';
import { projectFilterDimensions, projectFilterValues } from './project-filters.ts';

const ref = (slug: string) => ({ documentId: `id-${slug}`, slug });

const park = (overrides: Partial<Park>): Park =>
  ({
    name: 'P',
    slug: 'p',
    parkType: 'high_tech_zone',
    level: 'national',
    city: ref('jinan'),
    industries: [],
    ...overrides,
  }) as Park;

const project = (overrides: Partial<Project>): Project =>
  ({
    name: 'X',
    slug: 'x',
    city: ref('qingdao'),
    industry: ref('modern-marine'),
    totalInvestment: 12,
    cooperationMode: 'joint_venture',
    stage: 'seeking',
    ...overrides,
  }) as Project;

const cities = [
  { slug: 'jinan', name: '济南' },
  { slug: 'qingdao', name: '青岛' },
];

describe('park filters', () => {
  const parks = [
    park({ slug: 'a' }),
    park({ slug: 'b', parkType: 'customs_special_zone', city: ref('qingdao') }),
    park({ slug: 'c', level: 'provincial', city: null }),
  ];

  it('gives each park URL-safe values (hyphens, city slug, empty when there is no city)', () => {
    expect(parkFilterValues(parks[1] as Park)).toEqual({
      type: 'customs-special-zone',
      level: 'national',
      city: 'qingdao',
    });
    expect(parkFilterValues(parks[2] as Park).city).toBe('');
  });

  it('lists every value of every dimension with its count, including empty ones', () => {
    const [type, level, city] = parkFilterDimensions('zh', parks, cities);
    expect(type?.options.map((o) => [o.value, o.count])).toEqual([
      ['economic-development-zone', 0],
      ['high-tech-zone', 2],
      ['customs-special-zone', 1],
    ]);
    expect(level?.options.map((o) => o.count)).toEqual([2, 1]);
    expect(city?.options.map((o) => [o.label, o.count])).toEqual([
      ['济南', 1],
      ['青岛', 1],
    ]);
  });

  it('has one pre-rendered page per value', () => {
    const pages = filterPages(parkFilterDimensions('en', parks, cities));
    expect(pages.map((p) => filterPath('en', 'parks', p.name, p.option.value))).toEqual([
      '/en/parks/type/economic-development-zone/',
      '/en/parks/type/high-tech-zone/',
      '/en/parks/type/customs-special-zone/',
      '/en/parks/level/national/',
      '/en/parks/level/provincial/',
      '/en/parks/city/jinan/',
      '/en/parks/city/qingdao/',
    ]);
  });
});

describe('project filters', () => {
  it('derives the investment range and the hyphenated cooperation mode', () => {
    expect(
      projectFilterValues(project({ totalInvestment: 0.8, cooperationMode: 'sole_proprietorship' })),
    ).toEqual({
      city: 'qingdao',
      industry: 'modern-marine',
      investment: 'under-1',
      mode: 'sole-proprietorship',
    });
  });

  it('names the dimensions in the contract order', () => {
    const dims = projectFilterDimensions('zh', [project({})], cities, [
      { slug: 'modern-marine', name: '现代海洋' },
    ]);
    expect(dims.map((d) => d.name)).toEqual(['city', 'industry', 'investment', 'mode']);
    expect(dims[2]?.options.find((o) => o.value === '10-50')?.count).toBe(1);
  });
});

describe('matchesSelection', () => {
  const values = { city: 'jinan', type: 'high-tech-zone', level: 'national' };

  it('combines dimensions with AND and treats empty values as "all"', () => {
    expect(matchesSelection(values, {})).toBe(true);
    expect(matchesSelection(values, { city: '', type: 'high-tech-zone' })).toBe(true);
    expect(matchesSelection(values, { city: 'jinan', level: 'provincial' })).toBe(false);
  });
});
