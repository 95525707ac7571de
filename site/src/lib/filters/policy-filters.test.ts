import type { Policy } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { filterPages, hasFilterValue, matchesSelection } from './filter-model.ts';
import { issuerSlug, issuerSlugOf, policyFilterDimensions, policyFilterValues } from './policy-filters.ts';

const ref = (slug: string) => ({ documentId: `id-${slug}`, slug });

const policy = (overrides: Partial<Policy>): Policy =>
  ({
    documentId: 'doc-a',
    locale: 'zh-Hans',
    title: '政策',
    slug: 'a',
    documentNumber: '鲁政发〔2024〕3号',
    issuer: '山东省人民政府',
    level: 'provincial',
    city: null,
    industries: [],
    issueDate: '2024-02-20',
    effectiveDate: null,
    expiryDate: null,
    longTerm: true,
    validity: 'in_force',
    supersededBy: null,
    interpretation: null,
    attachments: [],
    summary: '摘要',
    body: '正文',
    seo: null,
    ...overrides,
  }) as Policy;

const cities = [
  { slug: 'jinan', name: '济南' },
  { slug: 'qingdao', name: '青岛' },
];
const industries = [
  { slug: 'modern-marine', name: '现代海洋' },
  { slug: 'next-gen-it', name: '新一代信息技术' },
];

describe('policy filters', () => {
  const policies = [
    policy({ slug: 'a', documentId: 'doc-a', industries: [ref('modern-marine'), ref('next-gen-it')] }),
    policy({
      slug: 'b',
      documentId: 'doc-b',
      level: 'municipal',
      city: ref('qingdao'),
      issuer: '青岛市人民政府',
      validity: 'repealed',
      issueDate: '2019-03-01',
      industries: [ref('modern-marine')],
    }),
    policy({ slug: 'c', documentId: 'doc-c', level: 'national', issuer: '国务院', issueDate: '2024-09-06' }),
  ];
  const slugFor = issuerSlugOf(policies);

  it('gives a policy every one of its industries, so each industry page lists it', () => {
    const values = policyFilterValues(policies[0] as Policy, slugFor);
    expect(values.industry).toBe('modern-marine next-gen-it');
    expect(matchesSelection(values, { industry: 'next-gen-it' })).toBe(true);
    expect(matchesSelection(values, { industry: 'modern-marine' })).toBe(true);
    expect(matchesSelection(values, { industry: 'modern' })).toBe(false);
    expect(hasFilterValue('', 'modern-marine')).toBe(false);
  });

  it('combines dimensions as the script does: every chosen value must match', () => {
    const values = policies.map((p) => ({ slug: p.slug, values: policyFilterValues(p, slugFor) }));
    const pick = (selection: Record<string, string>) =>
      values.filter((v) => matchesSelection(v.values, selection)).map((v) => v.slug);
    expect(pick({ industry: 'modern-marine' })).toEqual(['a', 'b']);
    expect(pick({ industry: 'modern-marine', validity: 'repealed' })).toEqual(['b']);
    expect(pick({ level: 'national', year: '2024' })).toEqual(['c']);
    expect(pick({ level: 'national', year: '2019' })).toEqual([]);
  });

  it('counts each value and offers years newest first, issuers most documents first', () => {
    const dimensions = policyFilterDimensions('zh', policies, slugFor, cities, industries);
    expect(dimensions.map((d) => d.name)).toEqual([
      'level',
      'issuer',
      'city',
      'industry',
      'validity',
      'year',
    ]);
    const options = (name: string) =>
      dimensions.find((d) => d.name === name)?.options.map((o) => `${o.label}:${o.count}`);
    expect(options('level')).toEqual(['国家级:1', '省级:1', '市级:1']);
    expect(options('industry')).toEqual(['现代海洋:2', '新一代信息技术:1']);
    expect(options('validity')).toEqual(['现行有效:2', '已修订:0', '已废止:1']);
    expect(options('year')).toEqual(['2024年:2', '2019年:1']);
    expect(options('city')).toEqual(['济南:0', '青岛:1']);
    expect(filterPages(dimensions).length).toBe(3 + 3 + 2 + 2 + 3 + 2);
  });

  it('keys an issuer by its Chinese name, so both language versions share the issuer page', () => {
    const english = policy({ documentId: 'doc-b', locale: 'en', issuer: 'Qingdao Municipal Government' });
    expect(slugFor(english)).toBe(issuerSlug('青岛市人民政府'));
    expect(issuerSlug('青岛市人民政府')).toMatch(/^issuer-[0-9a-z]+$/);
    expect(issuerSlug('青岛市人民政府')).not.toBe(issuerSlug('山东省人民政府'));
    // A document only in English keys its own issuer.
    const alone = policy({ documentId: 'doc-z', locale: 'en', issuer: 'State Council' });
    expect(slugFor(alone)).toBe(issuerSlug('State Council'));
  });
});
