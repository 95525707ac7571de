import { describe, expect, it } from 'vitest';
import { sectionsFromRouteFiles } from './built-sections.ts';

describe('sectionsFromRouteFiles', () => {
  it('finds sections with an index page, a single-file page or a rest route', () => {
    const sections = sectionsFromRouteFiles([
      'src/pages/[...lang]/index.astro',
      'src/pages/[...lang]/advantages.astro',
      'src/pages/[...lang]/cities/index.astro',
      'src/pages/[...lang]/cities/[slug].astro',
      'src/pages/[...lang]/talent/[...page].astro',
      'src/pages/[...lang]/articles/[slug].astro',
      'src/pages/404.astro',
    ]);
    expect([...sections].sort()).toEqual(['advantages', 'cities', 'index', 'talent']);
  });

  it('ignores files outside the locale routes', () => {
    expect(sectionsFromRouteFiles(['src/pages/robots.txt.ts', 'src/components/Header.astro']).size).toBe(0);
  });
});
