// The one site build the global setup made, for e2e test files (none of them builds its own).
import { inject } from 'vitest';
import type { BuiltSiteContext } from '../setup/provided-context.ts';

/** The shared build; throws the build's own error when the global setup could not build the site. */
export function builtSite(): BuiltSiteContext {
  const site = inject('builtSite');
  if (site.error) throw new Error(`The shared site build failed in the global setup:\n${site.error}`);
  return site;
}
