import { describe, expect, it } from 'vitest';
import { beijingTime, dueDrafts, embargoOf } from './embargo';
import { tickRule } from './tick-rule';

// A fixed clock: 2027-03-01 10:00 Beijing time.
const NOW = new Date('2027-03-01T02:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();

describe('dueDrafts: which scheduled drafts the scheduler publishes now', () => {
  it('takes a draft whose publication time has come, to the millisecond', () => {
    const draft = { documentId: 'a', locale: 'zh-Hans', publishAt: NOW.toISOString() };
    expect(dueDrafts([draft], NOW)).toEqual([draft]);
  });

  it('leaves a draft scheduled one millisecond ahead', () => {
    const ahead = new Date(NOW.getTime() + 1).toISOString();
    expect(dueDrafts([{ documentId: 'a', publishAt: ahead }], NOW)).toEqual([]);
  });

  it('leaves drafts without a publication time (published by hand) or with an unreadable one', () => {
    const drafts = [
      { documentId: 'a', publishAt: null },
      { documentId: 'b' },
      { documentId: 'c', publishAt: '' },
      { documentId: 'd', publishAt: 'not a date' },
    ];
    expect(dueDrafts(drafts, NOW)).toEqual([]);
  });

  it('waits for an article dated after its publication time, then takes it', () => {
    const draft = { documentId: 'a', publishAt: minutes(-5), releasedAt: minutes(30) };
    expect(dueDrafts([draft], NOW)).toEqual([]);
    expect(dueDrafts([draft], new Date(minutes(30)))).toEqual([draft]);
  });

  it('takes a scheduled update of a published document, but not one already published since its time', () => {
    const update = { documentId: 'a', publishAt: minutes(-1), publishedSince: minutes(-60 * 24) };
    const alreadyPublished = { documentId: 'b', publishAt: minutes(-30), publishedSince: minutes(-30) };
    const publishedLater = { documentId: 'c', publishAt: minutes(-30), publishedSince: minutes(-5) };
    expect(dueDrafts([update, alreadyPublished, publishedLater], NOW)).toEqual([update]);
  });

  it('reads the values the database returns: Date objects, epoch numbers and ISO strings', () => {
    const drafts = [
      { documentId: 'date', publishAt: new Date(minutes(-1)) },
      { documentId: 'number', publishAt: Date.parse(minutes(-2)) },
      { documentId: 'string', publishAt: minutes(-3), releasedAt: new Date(minutes(-60)) },
    ];
    expect(dueDrafts(drafts, NOW).map((draft) => draft.documentId)).toEqual(['string', 'number', 'date']);
  });

  it('orders the due drafts by publication time, earliest first, and keeps each locale apart', () => {
    const drafts = [
      { documentId: 'x', locale: 'en', publishAt: minutes(-1) },
      { documentId: 'x', locale: 'zh-Hans', publishAt: minutes(-10) },
      { documentId: 'x', locale: 'ja', publishAt: minutes(10) },
    ];
    expect(dueDrafts(drafts, NOW).map((draft) => draft.locale)).toEqual(['zh-Hans', 'en']);
  });
});

describe('embargoOf: what keeps a draft from being published now', () => {
  it('names the publication time first when both dates are ahead', () => {
    const embargo = embargoOf({ documentId: 'a', publishAt: minutes(60), releasedAt: minutes(90) }, NOW);
    expect(embargo).toEqual({ field: 'publishAt', until: new Date(minutes(60)) });
  });

  it('names the displayed date of an article dated in the future', () => {
    const embargo = embargoOf({ documentId: 'a', releasedAt: '2027-12-31T00:00:00.000Z' }, NOW);
    expect(embargo).toEqual({ field: 'releasedAt', until: new Date('2027-12-31T00:00:00.000Z') });
  });

  it('lets a draft with past dates and none at all be published', () => {
    expect(embargoOf({ documentId: 'a', publishAt: minutes(-1), releasedAt: minutes(-1) }, NOW)).toBeNull();
    expect(embargoOf({ documentId: 'a' }, NOW)).toBeNull();
  });
});

describe('beijingTime', () => {
  it('shows a UTC instant as Beijing time to the minute', () => {
    expect(beijingTime(new Date('2027-12-31T16:30:59.000Z'))).toBe('2028-01-01 00:30（北京时间）');
  });
});

describe('tickRule', () => {
  it('ticks every minute by default and every second in tests', () => {
    expect(tickRule(60)).toBe('0 * * * * *');
    expect(tickRule(1)).toBe('*/1 * * * * *');
    expect(tickRule(15)).toBe('*/15 * * * * *');
  });

  it('refuses intervals that do not divide a minute, naming the variable', () => {
    for (const seconds of [0, 7, 90, 1.5, Number.NaN]) {
      expect(() => tickRule(seconds)).toThrow(
        /SCHEDULED_PUBLISH_INTERVAL_SECONDS must divide a minute evenly/,
      );
    }
  });
});
