import { describe, expect, it } from 'vitest';
import { publishedFreshness } from './published-freshness.ts';

/** A freshness check over a stamp the test sets, counting reloads. */
function setUp(stamp: { value: string | Error }) {
  const events: string[] = [];
  const freshness = publishedFreshness({
    readStamp: async () => {
      if (stamp.value instanceof Error) throw stamp.value;
      return stamp.value;
    },
    reload: async () => {
      events.push('reload');
    },
    log: (line) => events.push(line),
  });
  return { freshness, reloads: () => events.filter((event) => event === 'reload').length, events };
}

describe('publishedFreshness', () => {
  it('reloads only when the published stamp changed since the content was loaded', async () => {
    const stamp = { value: 'a' };
    const { freshness, reloads } = setUp(stamp);
    await freshness.prime();
    await freshness.ensureFresh();
    expect(reloads()).toBe(0);
    stamp.value = 'b';
    await freshness.ensureFresh();
    await freshness.ensureFresh();
    expect(reloads()).toBe(1);
  });

  it('shares one check between concurrent pages', async () => {
    const stamp = { value: 'a' };
    const { freshness, reloads } = setUp(stamp);
    await Promise.all([freshness.ensureFresh(), freshness.ensureFresh(), freshness.ensureFresh()]);
    expect(reloads()).toBe(1);
  });

  it('keeps the content it has when Strapi does not answer, and reloads once it does', async () => {
    const stamp: { value: string | Error } = { value: new Error('ECONNREFUSED') };
    const { freshness, reloads, events } = setUp(stamp);
    await freshness.prime();
    await freshness.ensureFresh();
    expect(reloads()).toBe(0);
    expect(events.join('\n')).toMatch(/not checked: Error: ECONNREFUSED/);
    stamp.value = 'a';
    await freshness.ensureFresh();
    expect(reloads()).toBe(1);
  });
});
