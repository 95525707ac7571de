// What readers do, in headless Chromium over the shared build: browse home → city → park → article,
// switch language, search with a filter, and filter parks and projects with and without JavaScript.

import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { columnPath, columnSection, sectionPath } from '@select-shandong/site/i18n/paths';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bilingualArticle,
  chineseOnlyArticle,
  featuredCity,
  sampleColumn,
} from '../test-harness/site-checks/page-catalogue.ts';
import { type BrowserSession, openSession } from '../test-harness/support/browser-session.ts';
import { builtSite } from '../test-harness/support/built-site.ts';
import { belongsToCity, investmentRange, slugIn, urlValue } from '../test-harness/support/fixture-facts.ts';

let session: BrowserSession;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  session = await openSession(builtSite().outDir);
  withJs = await session.newContext({ viewport: { width: 1280, height: 900 } });
  withoutJs = await session.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
}, 60_000);

afterEach(() => {
  expect(session.cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
});

afterAll(async () => {
  await session?.close();
});

/** Runs `body` on a fresh page of `context` and closes it. */
async function onPage<T>(context: BrowserContext, body: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    return await body(page);
  } finally {
    await page.close();
  }
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const open = (page: Page, path: string) => page.goto(`${session.server.url}${path}`);
const h1 = async (page: Page) => ((await page.locator('h1').first().textContent()) ?? '').trim();

/** Clicks the first visible element of `locator`, failing with `what` when there is none. */
async function clickVisible(locator: Locator, what: string): Promise<void> {
  const count = await locator.count();
  for (let i = 0; i < count; i += 1) {
    const candidate = locator.nth(i);
    if (await candidate.isVisible()) {
      await Promise.all([candidate.page().waitForEvent('load'), candidate.click()]);
      return;
    }
  }
  throw new Error(`no visible ${what} (${count} in the DOM)`);
}

describe('main navigation', () => {
  it.each([1024, 1280])('shows every section in one row at %i px, in zh and en', async (width) => {
    const context = await session.newContext({ viewport: { width, height: 800 } });
    try {
      for (const [home, label] of [
        ['/', '主导航'],
        ['/en/', 'Main'],
      ] as const) {
        const rows = await onPage(context, async (page) => {
          await open(page, home);
          const items = page.getByRole('navigation', { name: label, exact: true }).locator('li:visible');
          return items.evaluateAll((lis) => ({
            count: lis.length,
            tops: [...new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top)))],
          }));
        });
        // The demo navigation: home and the 14 main sections (policies, events and jobs among them).
        expect(rows.count, home).toBe(15);
        expect(rows.tops, `${home} at ${width} px: rows of the navigation`).toHaveLength(1);
      }
    } finally {
      await context.close();
    }
  });
});

describe('home → city → park → article', () => {
  const cityPath = `/cities/${featuredCity.slug}/`;
  // A park of the city, preferably one an article is about, so the park page has news to follow.
  const cityParks = demoContent.parks.filter((p) => p.city === featuredCity.slug);
  const park =
    cityParks.find((p) => demoContent.articles.some((a) => a.parks.includes(p.slug))) ?? cityParks[0];
  if (!park) throw new Error(`fixtures: ${featuredCity.slug} has no parks`);
  const relatedArticles = new Set(
    demoContent.articles
      .filter((a) => a.parks.includes(park.slug) || a.city === park.city)
      .map((a) => a.slug),
  );

  it('the home map links every one of the 16 cities, and its city link works from the keyboard', async () => {
    await onPage(withJs, async (page) => {
      await open(page, '/');
      const mapHrefs = await page
        .locator('svg a')
        .evaluateAll((links) =>
          links.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? ''),
        );
      const expected = demoContent.cities.map((c) => `/cities/${c.slug}/`).sort();
      expect([...new Set(mapHrefs.filter((h) => h.startsWith('/cities/')))].sort()).toEqual(expected);
      const mapLink = page.locator(`svg a[href="${cityPath}"]`).first();
      await mapLink.focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      expect(pathOf(page)).toBe(cityPath);
      expect(await h1(page)).toContain(featuredCity.zh.name);
    });
  });

  it('reaches the city from the list, then a park of the city, then an article about it', async () => {
    await onPage(withJs, async (page) => {
      await open(page, '/');
      // The list alternative to the map (or any city list): a link to the city outside the SVG.
      await clickVisible(
        page.locator(`xpath=//a[@href="${cityPath}"][not(ancestor::*[local-name()="svg"])]`),
        `link to ${cityPath} outside the map on /`,
      );
      expect(pathOf(page)).toBe(cityPath);
      expect(await h1(page)).toContain(featuredCity.zh.name);

      await clickVisible(
        page.locator(`a[href="/parks/${park.slug}/"]`),
        `link to park ${park.slug} on ${cityPath}`,
      );
      expect(pathOf(page)).toBe(`/parks/${park.slug}/`);
      expect(await h1(page)).toContain(park.zh.name);

      const articleHrefs = await page
        .locator('a[href^="/articles/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const target = articleHrefs.find((href) => relatedArticles.has(slugIn('articles', href) ?? ''));
      expect(
        target,
        `park page links none of its related articles (${[...relatedArticles].join(', ')})`,
      ).toBeDefined();
      await clickVisible(page.locator(`a[href="${target}"]`), `link to ${target}`);
      const article = demoContent.articles.find((a) => a.slug === slugIn('articles', pathOf(page)));
      expect(article, `landed on ${pathOf(page)}`).toBeDefined();
      expect(await h1(page)).toBe(article?.zh.title);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain(article?.zh.source);
      expect(main).toContain(article?.zh.editor);
    });
  });
});

describe('language switch', () => {
  /** Clicks the language switch and returns the path landed on and its <html lang>. */
  async function switchLanguage(page: Page): Promise<{ path: string; lang: string | null }> {
    await clickVisible(page.locator('[data-language-switch]'), 'language switch');
    return { path: pathOf(page), lang: await page.locator('html').getAttribute('lang') };
  }

  it('on an article lands on the same article in English, and back', async () => {
    await onPage(withJs, async (page) => {
      await open(page, `/articles/${bilingualArticle.slug}/`);
      expect(await switchLanguage(page)).toEqual({
        path: `/en/articles/${bilingualArticle.slug}/`,
        lang: 'en',
      });
      expect(await h1(page)).toBe(bilingualArticle.en?.title);
      expect(await switchLanguage(page)).toEqual({
        path: `/articles/${bilingualArticle.slug}/`,
        lang: 'zh-Hans',
      });
      expect(await h1(page)).toBe(bilingualArticle.zh.title);
    });
  });

  it('on a listing lands on the same listing in English, and back', async () => {
    await onPage(withJs, async (page) => {
      await open(page, columnPath('zh', sampleColumn));
      expect(await switchLanguage(page)).toEqual({ path: columnPath('en', sampleColumn), lang: 'en' });
      expect(await switchLanguage(page)).toEqual({ path: columnPath('zh', sampleColumn), lang: 'zh-Hans' });
    });
  });

  it('on an article without English leads to the English section page, which exists', async () => {
    await onPage(withJs, async (page) => {
      await open(page, `/articles/${chineseOnlyArticle.slug}/`);
      const landed = await switchLanguage(page);
      const acceptable = [
        sectionPath('en', columnSection(chineseOnlyArticle.column)),
        columnPath('en', chineseOnlyArticle.column),
      ];
      expect(acceptable).toContain(landed.path);
      expect(landed.lang).toBe('en');
    });
  });
});

/** Picks the option/checkbox of `[data-search-filter=key]` that `matches`; returns its label. */
async function chooseSearchFilter(
  page: Page,
  key: string,
  matches: (value: string, label: string) => boolean,
): Promise<string> {
  const control = page.locator(`[data-search-filter="${key}"]`).first();
  await control.waitFor({ state: 'attached', timeout: 15_000 });
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'select') {
    // Filter options are usually filled in from Pagefind's index after it loads.
    await expect.poll(() => control.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const options = await control
      .locator('option')
      .evaluateAll((os) =>
        os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })),
      );
    const option = options.find((o) => o.value && matches(o.value, o.label.trim()));
    if (!option)
      throw new Error(`no ${key} option matches; options: ${options.map((o) => o.label).join(' | ')}`);
    await control.selectOption(option.value);
    return option.label;
  }
  const inputs = control.locator('input[type="checkbox"], input[type="radio"]');
  await expect.poll(() => inputs.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const choices = await inputs.evaluateAll((els) =>
    els.map((el) => ({
      value: (el as HTMLInputElement).value,
      label: (el.closest('label') ?? document.querySelector(`label[for="${el.id}"]`))?.textContent ?? '',
    })),
  );
  const index = choices.findIndex((c) => matches(c.value, c.label.trim()));
  if (index < 0)
    throw new Error(`no ${key} choice matches; choices: ${choices.map((c) => c.label).join(' | ')}`);
  await inputs.nth(index).check();
  return choices[index]?.label ?? '';
}

describe('search', () => {
  const resultLinks = (page: Page) =>
    page
      .locator('[data-search-results] a[data-search-result]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it('a Chinese query shows highlighted results; a city filter narrows them to that city', async () => {
    // An industry of the city: its name appears on pages of many cities, so the filter has work to do.
    const industrySlug = featuredCity.industries[0];
    const industry = demoContent.industries.find((i) => i.slug === industrySlug);
    if (!industry) throw new Error(`fixtures: ${featuredCity.slug} lists no known industry`);
    const query = industry.zh.name;
    const inCity = (url: string) => belongsToCity(url, featuredCity.slug);
    await onPage(withJs, async (page) => {
      await open(page, `/search/?q=${encodeURIComponent(query)}`);
      // The page's own search box shows the query (the header box on the page may stay empty).
      await expect
        .poll(() =>
          page
            .locator('form[role="search"] input[name="q"]')
            .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
        )
        .toContain(query);
      await page.locator('[data-search-results] a[data-search-result]').first().waitFor({ timeout: 15_000 });
      const unfiltered = await resultLinks(page);
      expect(
        unfiltered.filter((u) => u.startsWith('/en/')),
        'English results on the Chinese search',
      ).toEqual([]);
      expect(
        await page.locator('[data-search-results] mark').count(),
        'highlights in excerpts',
      ).toBeGreaterThan(0);
      expect(
        unfiltered.filter((u) => !inCity(u)).length,
        'query should find pages of other cities',
      ).toBeGreaterThan(0);

      const label = await chooseSearchFilter(
        page,
        'city',
        (v, l) => v === featuredCity.slug || l.includes(featuredCity.zh.name),
      );
      // Results update asynchronously: wait until they settle on the filtered set.
      await expect
        .poll(() => resultLinks(page).then((urls) => urls.length > 0 && urls.every(inCity)), {
          timeout: 15_000,
        })
        .toBe(true)
        .catch(() => undefined);
      const filtered = await resultLinks(page);
      expect(filtered.length, `results after filtering by ${label}`).toBeGreaterThan(0);
      expect(
        filtered.filter((u) => !inCity(u)),
        `results outside ${featuredCity.slug}`,
      ).toEqual([]);

      // The filter is part of the URL, so the filtered search can be reloaded and shared.
      await page.reload();
      await page.locator('[data-search-results] a[data-search-result]').first().waitFor({ timeout: 15_000 });
      await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toEqual(filtered);
    });
  });

  it('a section filter keeps only that section', async () => {
    await onPage(withJs, async (page) => {
      await open(page, `/search/?q=${encodeURIComponent(featuredCity.zh.name)}`);
      await page.locator('[data-search-results] a[data-search-result]').first().waitFor({ timeout: 15_000 });
      await chooseSearchFilter(page, 'section', (v, l) => v === 'parks' || l.includes('园区'));
      await expect
        .poll(
          () =>
            resultLinks(page).then((urls) => urls.length > 0 && urls.every((u) => u.startsWith('/parks/'))),
          { timeout: 15_000, message: 'results all parks' },
        )
        .toBe(true);
    });
  });

  it('the header search box on any page leads to the search page with the query', async () => {
    await onPage(withJs, async (page) => {
      await open(page, `/cities/${featuredCity.slug}/`);
      const form = page.locator('header form[role="search"][action="/search/"]').first();
      await form.locator('input[name="q"]').fill(featuredCity.zh.name);
      await Promise.all([page.waitForEvent('load'), form.locator('input[name="q"]').press('Enter')]);
      expect(pathOf(page)).toBe('/search/');
      expect(new URL(page.url()).searchParams.get('q')).toBe(featuredCity.zh.name);
    });
  });
});

/** Each [data-filter-item]: its document slug, data attributes, and whether the reader sees it. */
async function filterItems(page: Page, segment: string) {
  const items = await page.locator('[data-filter-item]').evaluateAll((els) =>
    els.map((el) => ({
      hrefs: Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? ''),
      data: { ...(el as HTMLElement).dataset },
      hidden: (el as HTMLElement).hidden,
      // `hidden` alone is not enough when a display utility overrides it, so ask the layout too.
      visible: (el as HTMLElement).checkVisibility(),
    })),
  );
  return items.map((item) => ({
    ...item,
    slug: item.hrefs.map((h) => slugIn(segment, h)).find(Boolean) ?? null,
  }));
}

const sorted = (values: Iterable<string | null>) => [...values].map(String).sort();

/** Asserts the visible items are exactly `expected` and the count shows their number. */
async function expectShown(
  page: Page,
  segment: string,
  expected: string[],
  where = pathOf(page),
): Promise<void> {
  const items = await filterItems(page, segment);
  const shown = items.filter((i) => i.visible);
  expect(
    items.filter((i) => i.hidden && i.visible).map((i) => i.slug),
    `${where}: items hidden but still visible`,
  ).toEqual([]);
  expect(sorted(shown.map((i) => i.slug)), `${where}: items shown`).toEqual(sorted(expected));
  const count = ((await page.locator('[data-filter-count]').first().textContent()) ?? '').trim();
  expect(count, `${where}: [data-filter-count]`).toMatch(new RegExp(`(^|\\D)${expected.length}(\\D|$)`));
}

describe('park directory filters', () => {
  const type = 'high_tech_zone';
  const city = demoContent.parks.find((p) => p.parkType === type)?.city ?? '';
  const ofType = demoContent.parks.filter((p) => p.parkType === type);

  it('with JavaScript: the selects combine instantly and the count follows', async () => {
    await onPage(withJs, async (page) => {
      await open(page, '/parks/');
      const form = page.locator('form[data-filter="parks"]');
      await expectShown(
        page,
        'parks',
        demoContent.parks.map((p) => p.slug),
      );
      await form.locator('select[name="type"]').selectOption(urlValue(type));
      await expectShown(
        page,
        'parks',
        ofType.map((p) => p.slug),
      );
      const shown = (await filterItems(page, 'parks')).filter((i) => i.visible);
      expect(shown.every((i) => i.data.type === urlValue(type))).toBe(true);
      await form.locator('select[name="city"]').selectOption(city);
      await expectShown(
        page,
        'parks',
        ofType.filter((p) => p.city === city).map((p) => p.slug),
      );
      const level = 'national';
      await form.locator('select[name="level"]').selectOption(level);
      await expectShown(
        page,
        'parks',
        ofType.filter((p) => p.city === city && p.level === level).map((p) => p.slug),
      );
    });
  });

  it('without JavaScript: a filter link leads to a pre-rendered page listing only matching parks', async () => {
    await onPage(withoutJs, async (page) => {
      await open(page, '/parks/');
      const href = `/parks/type/${urlValue(type)}/`;
      await clickVisible(page.locator(`a[data-filter-link][href="${href}"]`), `filter link ${href}`);
      expect(pathOf(page)).toBe(href);
      // Pre-rendered pages may carry every item with non-matching ones `hidden`: what counts is
      // what the reader sees.
      await expectShown(
        page,
        'parks',
        ofType.map((p) => p.slug),
      );
      const cityHref = `/parks/city/${city}/`;
      await clickVisible(page.locator(`a[data-filter-link][href="${cityHref}"]`), `filter link ${cityHref}`);
      expect(pathOf(page)).toBe(cityHref);
      await expectShown(
        page,
        'parks',
        demoContent.parks.filter((p) => p.city === city).map((p) => p.slug),
      );
    });
  });

  it('a pre-rendered filter page pre-sets its select', async () => {
    await onPage(withJs, async (page) => {
      await open(page, `/parks/type/${urlValue(type)}/`);
      expect(await page.locator('form[data-filter="parks"] select[name="type"]').inputValue()).toBe(
        urlValue(type),
      );
    });
  });
});

describe('project library filters', () => {
  const range = '10-50';
  const inRange = demoContent.projects.filter((p) => investmentRange(p.totalInvestment) === range);
  const industry = inRange[0]?.industry ?? '';
  const mode = inRange.find((p) => p.industry === industry)?.cooperationMode ?? 'other';

  it('with JavaScript: investment, industry and mode combine and the count follows', async () => {
    await onPage(withJs, async (page) => {
      await open(page, '/projects/');
      const form = page.locator('form[data-filter="projects"]');
      await form.locator('select[name="investment"]').selectOption(range);
      await expectShown(
        page,
        'projects',
        inRange.map((p) => p.slug),
      );
      const shown = (await filterItems(page, 'projects')).filter((i) => i.visible);
      expect(shown.every((i) => i.data.investment === range)).toBe(true);
      await form.locator('select[name="industry"]').selectOption(industry);
      const both = inRange.filter((p) => p.industry === industry);
      await expectShown(
        page,
        'projects',
        both.map((p) => p.slug),
      );
      await form.locator('select[name="mode"]').selectOption(urlValue(mode));
      await expectShown(
        page,
        'projects',
        both.filter((p) => p.cooperationMode === mode).map((p) => p.slug),
      );
    });
  });

  it('without JavaScript: filter links for each dimension list only matching projects', async () => {
    await onPage(withoutJs, async (page) => {
      const cases: Array<[string, (p: (typeof demoContent.projects)[number]) => boolean]> = [
        [`/projects/investment/${range}/`, (p) => investmentRange(p.totalInvestment) === range],
        [`/projects/industry/${industry}/`, (p) => p.industry === industry],
        [`/projects/city/${featuredCity.slug}/`, (p) => p.city === featuredCity.slug],
        [`/projects/mode/${urlValue(mode)}/`, (p) => p.cooperationMode === mode],
      ];
      for (const [href, matches] of cases) {
        await open(page, '/projects/');
        await clickVisible(page.locator(`a[data-filter-link][href="${href}"]`), `filter link ${href}`);
        expect(pathOf(page)).toBe(href);
        await expectShown(
          page,
          'projects',
          demoContent.projects.filter(matches).map((p) => p.slug),
          href,
        );
      }
    });
  });
});

describe('policy library filters', () => {
  const municipal = demoContent.policies.filter((p) => p.level === 'municipal');
  const city = municipal[0]?.city ?? '';
  const industry = demoContent.policies.find((p) => p.level === 'provincial' && p.industries.length > 0)
    ?.industries[0];

  it('with JavaScript: level, city and industry combine and the count follows', async () => {
    await onPage(withJs, async (page) => {
      await open(page, '/policies/');
      const form = page.locator('form[data-filter="policies"]');
      await form.locator('select[name="level"]').selectOption('municipal');
      await expectShown(
        page,
        'policies',
        municipal.map((p) => p.slug),
      );
      await form.locator('select[name="city"]').selectOption(city);
      await expectShown(
        page,
        'policies',
        municipal.filter((p) => p.city === city).map((p) => p.slug),
      );
      // A policy with several industries matches each of them.
      await form.locator('select[name="level"]').selectOption('');
      await form.locator('select[name="city"]').selectOption('');
      await form.locator('select[name="industry"]').selectOption(industry ?? '');
      await expectShown(
        page,
        'policies',
        demoContent.policies.filter((p) => industry && p.industries.includes(industry)).map((p) => p.slug),
      );
    });
  });
});

describe('job library filters', () => {
  // Open jobs: valid until a day not before the seed day (the build's day).
  const openJobs = demoContent.jobs.filter((job) => job.validForDays >= job.postedDaysAgo);
  const city = openJobs[0]?.city ?? '';
  const industry = openJobs.find((job) => job.city === city)?.industry ?? '';

  it('with JavaScript: city and industry combine over the open jobs and the count follows', async () => {
    await onPage(withJs, async (page) => {
      await open(page, '/jobs/');
      await expectShown(
        page,
        'jobs',
        openJobs.map((job) => job.slug),
      );
      const form = page.locator('form[data-filter="jobs"]');
      await form.locator('select[name="city"]').selectOption(city);
      await expectShown(
        page,
        'jobs',
        openJobs.filter((job) => job.city === city).map((job) => job.slug),
      );
      await form.locator('select[name="industry"]').selectOption(industry);
      await expectShown(
        page,
        'jobs',
        openJobs.filter((job) => job.city === city && job.industry === industry).map((job) => job.slug),
      );
    });
  });
});
