// axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page type, in both locales, at 390 px and 1280 px.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AxeViolation, axeViolations, formatViolations } from '../test-harness/site-checks/axe.ts';
import { type CataloguePage, cataloguePages } from '../test-harness/site-checks/page-catalogue.ts';
import { type BrowserSession, openSession, VIEWPORTS } from '../test-harness/support/browser-session.ts';
import { builtSite } from '../test-harness/support/built-site.ts';

let session: BrowserSession;
const pages = new Map<string, Page>();

beforeAll(async () => {
  session = await openSession(builtSite().outDir);
  for (const viewport of VIEWPORTS) {
    const context = await session.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    pages.set(viewport.name, await context.newPage());
  }
}, 60_000);

afterEach(() => {
  expect(session.cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
});

afterAll(async () => {
  await session?.close();
});

/** Opens `entry` in `page`, waits for what it must show, and returns axe's violations. */
async function check(page: Page, entry: CataloguePage): Promise<AxeViolation[]> {
  const response = await page.goto(`${session.server.url}${entry.path}`, { waitUntil: 'load' });
  const status = response?.status();
  if (entry.kind === '404') expect(status, `${entry.path} should be answered by the 404 page`).toBe(404);
  else expect(status, `${entry.path} does not exist in the build`).toBe(200);
  if (entry.kind === 'search with results') {
    // Results are rendered by script: axe must see them (marks, excerpts, filters), not the empty shell.
    await page
      .locator('[data-search-results] a[data-search-result], .pagefind-ui__result-link')
      .first()
      .waitFor({ timeout: 15_000 });
  }
  return axeViolations(page);
}

for (const locale of ['zh', 'en'] as const) {
  describe(`axe, ${locale}`, () => {
    for (const entry of cataloguePages(locale)) {
      it(`${entry.kind}: ${decodeURI(entry.path)}`, async () => {
        // Both widths at once: each has its own page, and the run stays short on two cores.
        const found = await Promise.all(
          VIEWPORTS.map(async (viewport) => {
            const page = pages.get(viewport.name);
            if (!page) throw new Error(`no page for ${viewport.name}`);
            return { page: `${entry.path} @${viewport.width}px`, violations: await check(page, entry) };
          }),
        );
        expect(formatViolations(found), 'axe violations').toBe('');
      });
    }
  });
}

describe('no external requests', () => {
  it('no page of the run asked for anything outside the site', () => {
    expect(session.externalRequests).toEqual([]);
  });
});
