import type { Section } from '../../i18n/paths.ts';

const LOCALE_ROUTES = 'pages/[...lang]/';

/**
 * The top-level sections that have an index page, from route entrypoints below `src/pages/[...lang]/`:
 * `<section>.astro`, `<section>/index.astro` or a rest route `<section>/[...page].astro` (which
 * renders the section's first page at its root). Directories with only `[slug]` routes have no index.
 */
export function sectionsFromRouteFiles(files: readonly string[]): Set<string> {
  const sections = new Set<string>();
  for (const file of files) {
    const at = file.indexOf(LOCALE_ROUTES);
    if (at < 0) continue;
    const parts = file.slice(at + LOCALE_ROUTES.length).split('/');
    const [first, second] = parts;
    if (!first) continue;
    if (parts.length === 1 && /^[a-z-]+\.astro$/.test(first)) sections.add(first.replace(/\.astro$/, ''));
    if (parts.length === 2 && second && /^(index|\[\.\.\.[a-z]+\])\.astro$/.test(second)) sections.add(first);
  }
  return sections;
}

// The route-registry integration fills this from Astro's resolved routes; pages render in the same
// process (as with the build report), so one registry on globalThis is shared by both.
const REGISTRY = Symbol.for('select-shandong.route-entrypoints');

type GlobalWithRoutes = typeof globalThis & { [REGISTRY]?: Set<string> };

/** Stores the sections that have index routes (called by the route-registry integration). */
export function registerRouteEntrypoints(entrypoints: readonly string[]): void {
  (globalThis as GlobalWithRoutes)[REGISTRY] = sectionsFromRouteFiles(entrypoints);
}

/**
 * Whether this build has an index page for the section (both locales share the `[...lang]` routes).
 * Without a registry (a test rendering a component alone) every section counts as built.
 */
export function isBuiltSection(section: Section): boolean {
  const built = (globalThis as GlobalWithRoutes)[REGISTRY];
  return built ? built.has(section) : true;
}
