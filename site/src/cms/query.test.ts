import { describe, expect, it } from 'vitest';
import { serializeQuery } from './query.ts';

describe('serializeQuery', () => {
  it('writes nested objects and arrays in Strapi’s bracket syntax, brackets unescaped', () => {
    expect(
      serializeQuery({
        locale: 'zh-Hans',
        pagination: { page: 2, pageSize: 100 },
        sort: ['id:asc'],
        populate: { city: { fields: ['slug', 'name'] }, seo: true },
      }),
    ).toBe(
      'locale=zh-Hans&pagination[page]=2&pagination[pageSize]=100&sort[0]=id%3Aasc' +
        '&populate[city][fields][0]=slug&populate[city][fields][1]=name&populate[seo]=true',
    );
  });

  it('percent-encodes values, Chinese and reserved characters included', () => {
    const query = serializeQuery({ filters: { title: { $contains: '山东 & 济南=?' } } });
    expect(query).toBe('filters[title][$contains]=%E5%B1%B1%E4%B8%9C%20%26%20%E6%B5%8E%E5%8D%97%3D%3F');
    expect(new URLSearchParams(query).get('filters[title][$contains]')).toBe('山东 & 济南=?');
  });

  it('leaves out empty arrays and writes false as a value', () => {
    expect(serializeQuery({ sort: [], populate: { seo: false } })).toBe('populate[seo]=false');
  });
});
