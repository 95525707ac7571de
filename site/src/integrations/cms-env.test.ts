import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { ASTRO_COMMAND_ENV, isTypesOnlySync } from '../cms/astro-command.ts';
import { SiteConfigError } from '../config/env.ts';
import { cmsEnvIntegration } from './cms-env.ts';

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
type SetupOptions = Parameters<SetupHook>[0];

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

/** Runs the integration's config hook as Astro does for `command` (the hook reads only `command`). */
async function setup(command: SetupOptions['command']): Promise<void> {
  const hook = cmsEnvIntegration().hooks['astro:config:setup'];
  if (!hook) throw new Error('cms-env integration has no astro:config:setup hook');
  await hook({ command } as SetupOptions);
}

function withoutCms(): void {
  for (const name of ['STRAPI_URL', 'STRAPI_TOKEN', 'PUBLIC_STRAPI_URL', 'SITE_MEDIA_ORIGINS']) {
    delete process.env[name];
  }
  delete process.env[ASTRO_COMMAND_ENV];
}

describe('cmsEnvIntegration', () => {
  // `astro check` (astro/dist/cli/check) first runs `astro sync` in its own process, which sets
  // up the config with command "sync": this is what lets the check run without a CMS.
  it('marks `astro sync` (and so `astro check`) as types-only and needs no CMS environment', async () => {
    withoutCms();

    await setup('sync');

    expect(process.env[ASTRO_COMMAND_ENV]).toBe('sync');
    expect(isTypesOnlySync()).toBe(true);
  });

  it.each(['build', 'dev'] as const)('requires the CMS environment for `astro %s`', async (command) => {
    withoutCms();

    await expect(setup(command)).rejects.toThrow(SiteConfigError);
    expect(isTypesOnlySync()).toBe(false);
  });

  it('does not treat `astro preview` as types-only', async () => {
    withoutCms();

    await setup('preview');

    expect(isTypesOnlySync()).toBe(false);
  });
});

describe('isTypesOnlySync', () => {
  it('is true only for the sync command', () => {
    expect(isTypesOnlySync({ [ASTRO_COMMAND_ENV]: 'sync' })).toBe(true);
    expect(isTypesOnlySync({ [ASTRO_COMMAND_ENV]: 'build' })).toBe(false);
    expect(isTypesOnlySync({})).toBe(false);
  });
});
