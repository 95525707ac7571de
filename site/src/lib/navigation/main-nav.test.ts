import { describe, expect, it } from 'vitest';
import { currentNavState, MAIN_NAV_SECTIONS, type NavInputs, planMainNav } from './main-nav.ts';

const fallbackLabels = Object.fromEntries(
  ['home', ...MAIN_NAV_SECTIONS].map((key) => [key, `label:${key}`]),
) as NavInputs['fallbackLabels'];
const everything = () => true;

describe('planMainNav', () => {
  it('keeps the editors’ order and labels for items pointing to built sections', () => {
    const plan = planMainNav({
      locale: 'en',
      isBuilt: everything,
      fallbackLabels,
      cmsItems: [
        { label: 'Home', href: '/en/' },
        { label: 'Cities', href: '/en/cities' },
        { label: 'News', href: '/en/news/' },
      ],
    });
    expect(plan.links).toEqual([
      { target: 'home', href: '/en/', label: 'Home' },
      { target: 'cities', href: '/en/cities/', label: 'Cities' },
      { target: 'news', href: '/en/news/', label: 'News' },
    ]);
    expect(plan.dropped).toEqual([]);
  });

  it('drops items whose page is not in the build, in the other locale, repeated or unlabelled', () => {
    const plan = planMainNav({
      locale: 'zh',
      isBuilt: (section) => section !== 'talent' && section !== 'suggestions',
      fallbackLabels,
      cmsItems: [
        { label: '建言献策', href: '/suggestions/' },
        { label: '招才引智', href: '/talent/' },
        { label: 'News', href: '/en/news/' },
        { label: '城市要览', href: '/cities/' },
        { label: '城市', href: '/cities/' },
        { label: ' ', href: '/parks/' },
      ],
    });
    expect(plan.links.map((link) => link.href)).toEqual(['/cities/']);
    expect(plan.dropped.map((item) => item.href)).toEqual([
      '/suggestions/',
      '/talent/',
      '/en/news/',
      '/cities/',
      '/parks/',
    ]);
  });

  it('falls back to the portal’s sections, in order, without CMS navigation', () => {
    const plan = planMainNav({
      locale: 'zh',
      cmsItems: undefined,
      isBuilt: (s) => s !== 'cases',
      fallbackLabels,
    });
    expect(plan.links.map((link) => link.target)).toEqual([
      'home',
      'news',
      'advantages',
      'cities',
      'industries',
      'projects',
      'policies',
      'events',
      'talent',
      'jobs',
      'parks',
      'settle',
      'contacts',
      'suggestions',
    ]);
  });
});

describe('currentNavState', () => {
  const links = planMainNav({ locale: 'zh', cmsItems: undefined, isBuilt: everything, fallbackLabels }).links;

  it('marks the exact page with aria-current=page', () => {
    expect([...currentNavState(links, '/cities/', undefined)]).toEqual([['/cities/', 'page']]);
    expect([...currentNavState(links, '/', undefined)]).toEqual([['/', 'page']]);
  });

  it('marks the section holding a deeper page with aria-current=true', () => {
    expect([...currentNavState(links, '/cities/liaocheng/business-environment/', undefined)]).toEqual([
      ['/cities/', 'true'],
    ]);
  });

  it('uses the first breadcrumb for pages outside their section’s path (articles)', () => {
    expect([...currentNavState(links, '/articles/some-news/', '/news/')]).toEqual([['/news/', 'true']]);
    expect(currentNavState(links, '/articles/x/', undefined).size).toBe(0);
  });
});
