// Records every Content-Security-Policy violation a browser context meets: the DOM event (with
// script enabled) and Chromium's console report (also without script, e.g. a blocked form post).
import type { BrowserContext } from 'playwright-core';

const BINDING = '__reportCspViolation';

/** Starts recording `context`'s CSP violations into `into`, one line each naming the page. */
export async function recordCspViolations(context: BrowserContext, into: string[]): Promise<void> {
  await context.exposeBinding(BINDING, ({ page }, text: string) => {
    into.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // exposeBinding put the recorder on window under this name; it is not in the DOM's types.
      const report: unknown = Reflect.get(window, binding);
      if (typeof report !== 'function') return;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || 'page'}:${event.lineNumber})`,
      );
    });
  }, BINDING);
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text()))
      into.push(`${message.page()?.url() ?? '?'}: console: ${message.text()}`);
  });
}
