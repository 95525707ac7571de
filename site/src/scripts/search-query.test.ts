import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  hasSearch,
  orderFilterValues,
  readSearchQuery,
  withoutFilter,
  writeSearchQuery,
} from './search-query.ts';

describe('search query', () => {
  it('reads words and filters from the URL, ignoring empty and unknown parameters', () => {
    expect(readSearchQuery('?q=%E6%B8%AF%E5%8F%A3&section=&city=%E6%B5%8E%E5%8D%97&page=2')).toEqual({
      q: '港口',
      filters: { city: '济南' },
    });
    expect(readSearchQuery('')).toEqual({ q: '', filters: {} });
  });

  it('accepts aliases such as a city slug for its name', () => {
    const aliases = { city: { jinan: '济南' } };
    expect(readSearchQuery('?city=jinan&year=2024', aliases).filters).toEqual({ city: '济南', year: '2024' });
  });

  it('writes a stable query string that reads back the same', () => {
    const query = { q: 'port logistics', filters: { year: '2024', section: 'News' } };
    const text = writeSearchQuery(query);
    expect(text).toBe('?q=port+logistics&section=News&year=2024');
    expect(readSearchQuery(text)).toEqual(query);
    expect(writeSearchQuery({ q: '', filters: {} })).toBe('');
  });

  it('searches with words or filters alone, not with nothing', () => {
    expect(hasSearch({ q: '', filters: {} })).toBe(false);
    expect(hasSearch({ q: '', filters: { year: '2023' } })).toBe(true);
    expect(hasSearch({ q: 'a', filters: {} })).toBe(true);
  });

  it('drops one dimension for faceted counts', () => {
    expect(withoutFilter({ city: '济南', year: '2024' }, 'city')).toEqual({ year: '2024' });
  });

  it('fills templates', () => {
    expect(fillTemplate('共找到 {count} 条结果', { count: 3 })).toBe('共找到 3 条结果');
    expect(fillTemplate('{missing}', {})).toBe('{missing}');
  });

  it('keeps the portal order of values and puts new years first', () => {
    expect(orderFilterValues('city', ['济南', '青岛', '淄博'], ['淄博', '济南', '其他'])).toEqual([
      '济南',
      '淄博',
      '其他',
    ]);
    expect(orderFilterValues('year', ['2023'], ['2022', '2024', '2023'])).toEqual(['2024', '2023', '2022']);
  });
});
