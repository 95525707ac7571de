// The demo site's pictures as a reader's browser meets them, at a phone's and a desktop's width:
// every picture on the home page, a listing, a city (both languages) and an article loads from the
// site's own origin, carries the alternative text of its language, and a phone gets a file sized
// for it. Nothing is requested from anywhere else (the session blocks and records it).

import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { articlesWithCovers, cityCover } from '@select-shandong/cms/seed/images/demo-covers';
import { columnPath, documentPath, homePath } from '@select-shandong/site/i18n/paths';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { featuredCity } from '../test-harness/site-checks/page-catalogue.ts';
import { type BrowserSession, openSession, VIEWPORTS } from '../test-harness/support/browser-session.ts';
import { builtSite } from '../test-harness/support/built-site.ts';

interface ShownPicture {
  alt: string | null;
  currentSrc: string;
  naturalWidth: number;
  /** The width the picture takes on the page, in CSS pixels. */
  shownWidth: number;
}

const withCover = articlesWithCovers(demoContent.articles);
const coveredArticle = demoContent.articles.find((article) => withCover.has(article.slug) && article.en);
if (!coveredArticle) throw new Error('The demo fixtures have no bilingual article with a cover');
const cityAlt = cityCover(featuredCity).alt;

const PAGES = [
  { kind: 'home', path: homePath('zh') },
  { kind: 'column listing', path: columnPath('zh', 'news_brief') },
  { kind: 'city (zh)', path: documentPath('zh', 'city', featuredCity.slug) },
  { kind: 'city (en)', path: documentPath('en', 'city', featuredCity.slug) },
  { kind: 'article', path: documentPath('zh', 'article', coveredArticle.slug) },
];

let session: BrowserSession;

beforeAll(async () => {
  session = await openSession(builtSite().outDir);
}, 60_000);

afterEach(() => {
  expect(session.externalRequests.splice(0), 'requests that left the site').toEqual([]);
  expect(session.cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
});

afterAll(async () => {
  await session?.close();
});

/** Scrolls through the page so lazy pictures load, then reads every picture in the main content. */
async function picturesOn(page: Page, path: string): Promise<ShownPicture[]> {
  await page.goto(`${session.server.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('main img')).every((img) => (img as HTMLImageElement).complete),
    null,
    {
      timeout: 30_000,
    },
  );
  return page.$$eval('main img', (images) =>
    images.map((img) => {
      const image = img as HTMLImageElement;
      return {
        alt: image.getAttribute('alt'),
        currentSrc: image.currentSrc,
        naturalWidth: image.naturalWidth,
        shownWidth: image.getBoundingClientRect().width,
      };
    }),
  );
}

describe.each(VIEWPORTS)('pictures at $width px', (viewport) => {
  it.each(PAGES)(
    '$kind: every picture loads from the site, with alt text, sized for the screen',
    async ({ path }) => {
      const context = await session.newContext({ viewport });
      try {
        const pictures = await picturesOn(await context.newPage(), path);
        expect(pictures.length, `pictures on ${path}`).toBeGreaterThan(0);
        for (const picture of pictures) {
          expect(new URL(picture.currentSrc).origin, picture.currentSrc).toBe(session.server.url);
          expect(picture.naturalWidth, `${picture.currentSrc} decoded`).toBeGreaterThan(0);
          expect(picture.alt?.trim(), `alt of ${picture.currentSrc}`).toBeTruthy();
          // The browser picks from srcset by the shown width; at most twice it (the widest density
          // step) and never the 1600 px original on a phone.
          expect(
            picture.naturalWidth,
            `${picture.currentSrc} on a ${viewport.width} px screen`,
          ).toBeLessThanOrEqual(Math.max(2 * Math.ceil(picture.shownWidth), 320));
        }
      } finally {
        await context.close();
      }
    },
  );
});

describe('alternative text in the page language', () => {
  it('a city cover reads its Chinese alt text on the Chinese page and its English one on the English page', async () => {
    const context = await session.newContext({ viewport: VIEWPORTS[1] });
    try {
      const page = await context.newPage();
      const zh = await picturesOn(page, documentPath('zh', 'city', featuredCity.slug));
      const en = await picturesOn(page, documentPath('en', 'city', featuredCity.slug));
      expect(zh.map((picture) => picture.alt)).toContain(cityAlt.zh);
      expect(en.map((picture) => picture.alt)).toContain(cityAlt.en);
      expect(en.map((picture) => picture.alt)).not.toContain(cityAlt.zh);
    } finally {
      await context.close();
    }
  });
});
