import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { draftPreviewIntegration } from './draft-preview.ts';

type ConfigSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Runs the integration's config hook for `command`, recording the routes it injects. */
function setUp(command: 'dev' | 'build' | 'preview' | 'sync'): string[] {
  const injected: string[] = [];
  const hook = draftPreviewIntegration().hooks['astro:config:setup'] as ConfigSetup;
  hook({
    command,
    injectRoute: (route: { pattern: string }) => injected.push(route.pattern),
    addMiddleware: () => undefined,
    updateConfig: () => undefined,
  } as never);
  return injected;
}

describe('draftPreviewIntegration', () => {
  it('adds the draft route to astro dev', () => {
    expect(setUp('dev')).toEqual(['/preview/[type]/[documentId]/[...lang]']);
  });

  it('refuses every other command, so no built site can contain the draft route', () => {
    for (const command of ['build', 'preview', 'sync'] as const) {
      expect(() => setUp(command), command).toThrow(/preview server \(astro dev\)/);
    }
  });
});
