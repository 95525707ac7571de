// One static server and one Chromium per e2e file, over the shared site build.
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchChromium } from '../../common/browser.ts';
import { type StaticServer, serveStatic } from '../../operations/static-server/static-server.ts';
import { recordCspViolations } from './csp-violations.ts';

/** The widths every page is checked at: a phone and a desktop. */
export const VIEWPORTS = [
  { name: 'mobile', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** A served site and a browser, with a helper for contexts that cannot reach anything else. */
export interface BrowserSession {
  server: StaticServer;
  browser: Browser;
  /** A new context whose requests outside the served site are blocked (and recorded). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Records the Content-Security-Policy violations of a context made without newContext. */
  watchCsp(context: BrowserContext): Promise<void>;
  /** URLs the pages tried to fetch from anywhere but the served site. */
  externalRequests: string[];
  /** Every CSP violation met on any page of the session's contexts (each test file asserts none). */
  cspViolations: string[];
  close(): Promise<void>;
}

/** Serves `outDir` and launches Chromium; pages may only talk to the served site. */
export async function openSession(outDir: string): Promise<BrowserSession> {
  const server = await serveStatic(() => outDir);
  const browser = await launchChromium();
  const externalRequests: string[] = [];
  const cspViolations: string[] = [];
  return {
    server,
    browser,
    externalRequests,
    cspViolations,
    watchCsp: (context) => recordCspViolations(context, cspViolations),
    async newContext(options = {}) {
      const context = await browser.newContext(options);
      await recordCspViolations(context, cspViolations);
      // The site must make no external requests; block them so a test never waits on the network.
      await context.route(
        (url) =>
          url.origin !== server.url && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'),
        (route) => {
          externalRequests.push(route.request().url());
          return route.abort();
        },
      );
      return context;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
