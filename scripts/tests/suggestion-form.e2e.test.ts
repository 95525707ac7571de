// The suggestion form (建言献策) in Chromium against the seeded Strapi: axe at 390 px in both
// locales, errors shown in place with JavaScript, success in a live region, and a plain POST without it.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from '../test-harness/site-checks/axe.ts';
import { formatHtmlProblems, validateSite } from '../test-harness/site-checks/html-validation.ts';
import { type BrowserSession, openSession } from '../test-harness/support/browser-session.ts';
import { builtSite } from '../test-harness/support/built-site.ts';

const SUBMIT = 'form[data-suggestion-form] button[type="submit"]';

let session: BrowserSession;

beforeAll(async () => {
  session = await openSession(builtSite().outDir);
});

afterEach(() => {
  expect(session.cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
});

afterAll(async () => {
  await session?.close();
});

/** A phone-sized page that may reach the CMS (the form posts there), with or without JavaScript. */
async function phonePage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await session.browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled,
  });
  await session.watchCsp(context);
  return context.newPage();
}

async function fill(page: Page, email: string, subject: string) {
  await page.fill('#suggestion-name', 'Test Reader');
  await page.fill('#suggestion-email', email);
  await page.fill('#suggestion-subject', subject);
  await page.fill('#suggestion-message', 'Please publish the project library as open data.');
}

describe('suggestion form', () => {
  it.each(['/suggestions/', '/en/suggestions/', '/suggestions/thanks/', '/en/suggestions/thanks/'])(
    '%s has no axe violations at 390 px',
    async (path) => {
      const page = await phonePage(true);
      await page.goto(`${session.server.url}${path}`);
      expect(
        formatViolations([{ page: path, violations: await axeViolations(page) }]),
        'axe violations',
      ).toBe('');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.context().close();
    },
  );

  it.each(['suggestions', 'en/suggestions'])('%s pages pass html-validate', async (folder) => {
    const { pagesChecked, problems } = await validateSite(path.join(builtSite().outDir, folder));
    expect(pagesChecked).toBe(2);
    expect(formatHtmlProblems(problems)).toBe('');
  });

  it('labels every field and marks the required ones', async () => {
    const page = await phonePage(true);
    await page.goto(`${session.server.url}/en/suggestions/`);
    for (const [id, label] of [
      ['suggestion-name', 'Name'],
      ['suggestion-email', 'Email'],
      ['suggestion-subject', 'Subject'],
      ['suggestion-message', 'Suggestion'],
    ] as const) {
      const labelText = await page.textContent(`label[for="${id}"]`);
      expect(labelText?.replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^${label} ?\\* ?\\(required\\)$`));
      const field = page.locator(`#${id}`);
      expect(await field.evaluate((el) => (el as HTMLInputElement).labels?.length)).toBe(1);
      expect(await field.getAttribute('required')).not.toBeNull();
    }
    await page.context().close();
  });

  it('with JavaScript, shows the server’s field errors in a focused summary, then thanks in place', async () => {
    const page = await phonePage(true);
    await page.goto(`${session.server.url}/en/suggestions/`);
    await fill(page, 'not-an-address', 'e2e with script');
    await page.click(SUBMIT);
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor({ state: 'visible' });
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain('Email must be an address like name@example.com.');
    expect(await page.getAttribute('#suggestion-email', 'aria-invalid')).toBe('true');
    await page.fill('#suggestion-email', 'reader@example.com');
    await page.click(SUBMIT);
    await page.locator('[data-suggestion-form]').waitFor({ state: 'hidden' });
    expect(await page.textContent('[data-status]')).toContain('We have received your suggestion.');
    expect(await summary.isHidden()).toBe(true);
    await page.context().close();
  });

  it('without JavaScript, posts the form and is redirected to the thank-you page of its language', async () => {
    const page = await phonePage(false);
    await page.goto(`${session.server.url}/suggestions/`);
    await fill(page, 'reader@example.com', 'e2e without script');
    // The CMS redirects to its SITE_URL, which is not this test server: answer it with the built page.
    await page.route('**/suggestions/thanks/', (route) =>
      route.request().url().startsWith(session.server.url) ? route.continue() : route.abort(),
    );
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/suggestions')),
      page.click(SUBMIT).catch(() => undefined),
    ]);
    expect(response.status()).toBe(303);
    expect(new URL(String(response.headers().location)).pathname).toBe('/suggestions/thanks/');
    await page.context().close();
  });
});
