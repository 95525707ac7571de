import { describe, expect, it } from 'vitest';
import type { LocaleIndex } from '../../lib/site-index.ts';
import { searchOptions } from './search-options.ts';

const index = {
  locale: 'zh',
  cities: [
    { slug: 'jinan', name: '济南' },
    { slug: 'qingdao', name: '青岛' },
  ],
  industries: [{ slug: 'marine', name: '现代海洋' }],
  articles: [
    // 2023-12-31 16:30 UTC is already 2024 in Beijing.
    { releasedAt: '2023-12-31T16:30:00.000Z' },
    { releasedAt: '2023-06-01T00:00:00.000Z' },
    { releasedAt: '2024-03-01T00:00:00.000Z' },
  ],
} as unknown as LocaleIndex;

describe('searchOptions', () => {
  const { values, aliases } = searchOptions(index);

  it('offers cities and industries in the portal order and years newest first, in Beijing time', () => {
    expect(values.city).toEqual(['济南', '青岛']);
    expect(values.industry).toEqual(['现代海洋']);
    expect(values.year).toEqual(['2024', '2023']);
  });

  it('offers each section once, the same labels the pages give Pagefind', () => {
    expect(values.section[0]).toBe('资讯要情');
    expect(values.section).toContain('城市要览');
    expect(new Set(values.section).size).toBe(values.section.length);
  });

  it('accepts slugs and section keys in the URL', () => {
    expect(aliases.city?.qingdao).toBe('青岛');
    expect(aliases.industry?.marine).toBe('现代海洋');
    expect(aliases.section?.parks).toBe('经济园区');
    expect(aliases.section?.cities).toBe('城市要览');
    expect(aliases.section?.events).toBe('活动');
  });
});
