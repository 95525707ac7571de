import { createHash } from 'node:crypto';
import { getShandongMap } from './shandong-map.ts';

/**
 * The map's inline stylesheet: each city's label follows its shape's hover/focus (labels sit
 * outside the links, so plain descendant rules cannot reach them). Written for every city the map
 * draws, not only the published ones, so the text — and the CSP hash below — is the same on every
 * page and in every build.
 */
export function mapLabelCss(): string {
  const rules = getShandongMap().cities.map(
    ({ slug }) =>
      `.shandong-map:has([data-map-city="${slug}"]:is(:hover,:focus-visible)) [data-map-label="${slug}"]`,
  );
  return `${rules.join(',')}{fill:#fff;stroke:#991b1b}`;
}

/** The CSP source expression (`'sha256-…'`) that allows exactly the map's inline stylesheet. */
export function mapLabelCssHash(): string {
  return `'sha256-${createHash('sha256').update(mapLabelCss(), 'utf8').digest('base64')}'`;
}
