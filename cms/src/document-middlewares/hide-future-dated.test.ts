import { describe, expect, it } from 'vitest';
import { withoutFutureDated } from './hide-future-dated';

const NOW = new Date('2027-03-01T02:00:00.000Z');

describe('withoutFutureDated: the filter the content API adds for dated documents', () => {
  it('adds "displayed date not after now" to a query without filters', () => {
    expect(withoutFutureDated({ locale: 'zh-Hans' }, NOW)).toEqual({
      locale: 'zh-Hans',
      filters: { releasedAt: { $lte: '2027-03-01T02:00:00.000Z' } },
    });
  });

  it("keeps the caller's filters under $and, so a filter of its own on releasedAt cannot widen it", () => {
    const filters = { $or: [{ slug: { $eq: 'a' } }, { releasedAt: { $gt: '2099-01-01T00:00:00.000Z' } }] };
    expect(withoutFutureDated({ filters }, NOW).filters).toEqual({
      $and: [filters, { releasedAt: { $lte: '2027-03-01T02:00:00.000Z' } }],
    });
  });
});
