import type { AstroIntegration } from 'astro';
import { registerRouteEntrypoints } from '../lib/navigation/built-sections.ts';

/**
 * Tells pages which routes this build has, so the header and footer link only to section pages that
 * exist (e.g. a section another change has not added yet is left out of the navigation).
 */
export function routeRegistryIntegration(): AstroIntegration {
  return {
    name: 'select-shandong:route-registry',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        registerRouteEntrypoints(
          routes.filter((route) => route.type === 'page').map((route) => route.entrypoint),
        );
      },
    },
  };
}
