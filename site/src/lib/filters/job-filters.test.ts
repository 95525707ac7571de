import type { Job } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { filterPages, filterPath, matchesSelection } from './filter-model.ts';
import { jobFilterDimensions, jobFilterValues } from './job-filters.ts';

const ref = (slug: string) => ({ documentId: `id-${slug}`, slug });
const job = (slug: string, city: string | null, industry: string | null): Job =>
  ({ slug, city: city ? ref(city) : null, industry: industry ? ref(industry) : null }) as Job;

const cities = [
  { slug: 'jinan', name: '济南' },
  { slug: 'qingdao', name: '青岛' },
];
const industries = [
  { slug: 'next-gen-it', name: '新一代信息技术' },
  { slug: 'modern-marine', name: '现代海洋' },
];

describe('job filters', () => {
  const jobs = [
    job('a', 'jinan', 'next-gen-it'),
    job('b', 'qingdao', 'modern-marine'),
    job('c', 'qingdao', 'next-gen-it'),
    job('d', null, null),
  ];

  it('counts jobs per city and industry, with a page for every value, empty ones included', () => {
    const dimensions = jobFilterDimensions('zh', jobs, cities, industries);
    expect(dimensions.map((d) => [d.name, d.options.map((o) => `${o.value}:${o.count}`)])).toEqual([
      ['city', ['jinan:1', 'qingdao:2']],
      ['industry', ['next-gen-it:2', 'modern-marine:1']],
    ]);
    expect(filterPages(dimensions)).toHaveLength(4);
    expect(filterPath('en', 'jobs', 'city', 'qingdao')).toBe('/en/jobs/city/qingdao/');
  });

  it('combines city and industry, as the filter script does', () => {
    const selection = { city: 'qingdao', industry: 'next-gen-it' };
    expect(jobs.filter((j) => matchesSelection(jobFilterValues(j), selection)).map((j) => j.slug)).toEqual([
      'c',
    ]);
    expect(jobFilterValues(jobs[3] as Job)).toEqual({ city: '', industry: '' });
  });
});
