import { describe, expect, it } from 'vitest';
import { siteSettings } from '../seed/fixtures/site-settings';
import { type NavEntry, withSections } from './navigation-sections';

const ALL = ['policies', 'events', 'jobs'];
const NEW_HREFS = /\/(policies|events|jobs)\/$/;

/** The demo navigation as an installation from before issue 11 had it: without the new sections. */
const before = (items: readonly NavEntry[]) => items.filter((item) => !NEW_HREFS.test(item.href));

describe('new sections in an existing navigation', () => {
  it.each([
    ['zh-Hans', siteSettings.zh.navigation],
    ['en', siteSettings.en?.navigation ?? []],
  ])('%s: the old navigation gets the items the demo has, in the same places', (locale, demo) => {
    expect(demo.length).toBeGreaterThan(0);
    expect(withSections(before(demo), locale, ALL)).toEqual(demo.map(({ label, href }) => ({ label, href })));
  });

  it('keeps the editors’ own labels, order and hrefs, and adds nothing already linked (any spelling)', () => {
    const items = [
      { label: '主页', href: '/' },
      { label: '找政策', href: '/policies' },
      { label: '人才', href: '/talent/#top' },
      { label: '园区', href: '/parks/' },
    ];
    expect(withSections(items, 'zh-Hans', ALL)).toEqual([
      { label: '主页', href: '/' },
      { label: '找政策', href: '/policies' },
      { label: '活动', href: '/events/' },
      { label: '人才', href: '/talent/#top' },
      { label: '岗位库', href: '/jobs/' },
      { label: '园区', href: '/parks/' },
    ]);
  });

  it('puts an item whose anchor is missing at the end, and only the sections asked for', () => {
    const items = [{ label: 'Home', href: '/en/' }];
    expect(withSections(items, 'en', ['jobs'])).toEqual([...items, { label: 'Jobs', href: '/en/jobs/' }]);
    expect(withSections(items, 'en', [])).toEqual(items);
  });

  it('leaves a locale it has no labels for as it is', () => {
    const items = [{ label: 'ホーム', href: '/ja/' }];
    expect(withSections(items, 'ja', ALL)).toEqual(items);
  });
});
