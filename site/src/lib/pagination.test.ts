import { describe, expect, it } from 'vitest';
import { pageFromParam, pageParam, pagePath, pageWindow, paginate } from './pagination.ts';

describe('paginate', () => {
  it('splits items into full pages and a remainder, numbering from 1', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives an empty listing one empty page, so the column page still exists', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });
});

describe('page paths and params', () => {
  it('keeps page 1 at the listing path and puts later pages below page/<n>/', () => {
    expect(pagePath('/news/investment-news/', 1)).toBe('/news/investment-news/');
    expect(pagePath('/en/news/investment-news/', 3)).toBe('/en/news/investment-news/page/3/');
  });

  it('round-trips the route param', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    expect(pageFromParam(undefined)).toBe(1);
    expect(pageFromParam('page/12')).toBe(12);
    expect(() => pageFromParam('page/1')).toThrow();
    expect(() => pageFromParam('2')).toThrow();
  });
});

describe('pageWindow', () => {
  it('shows every page of a short listing', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('elides distant pages but keeps both ends', () => {
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });

  it('shows a single skipped page instead of an ellipsis', () => {
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
