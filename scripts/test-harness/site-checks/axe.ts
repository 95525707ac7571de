// Runs axe-core in a Playwright page with @axe-core/playwright's AxeBuilder. The rules are the pinned
// axe-core's (its source handed to the builder), so a wrapper release cannot change what is checked.
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the tags the site is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One axe violation, reduced to what a page owner needs to find and fix it. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of (up to five of) the offending elements, with axe's failure summary. */
  nodes: string[];
}

/** Runs axe on the page as it is now and returns its WCAG A/AA violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // AxeBuilder injects axe through the DevTools protocol, which the page's Content-Security-Policy
  // does not govern (an inline <script> tag would be refused, as it should be).
  const results = await new AxeBuilder({ page, axeSource: axe.source })
    // options() replaces the run options, so it comes before withTags (which adds runOnly to them).
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes
      .slice(0, 5)
      .map(
        (n) => `${n.target.map(String).join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
      ),
  }));
}

/** Formats violations per page for an assertion message. */
export function formatViolations(byPage: Array<{ page: string; violations: AxeViolation[] }>): string {
  const lines: string[] = [];
  for (const { page, violations } of byPage) {
    for (const v of violations) {
      lines.push(`${page}: ${v.id} (${v.impact}) ${v.help}`);
      for (const node of v.nodes) lines.push(`    ${node}`);
    }
  }
  return lines.join('\n');
}
