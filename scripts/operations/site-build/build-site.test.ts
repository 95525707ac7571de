import { describe, expect, it } from 'vitest';
import { childEnv } from './build-site.ts';

const options = {
  strapiUrl: 'http://127.0.0.1:1337',
  token: 'build-token',
  outDir: '/srv/site/builds/.staging-1',
  env: { SITE_BUILD_REPORT: '/srv/site/builds/.staging-1.warnings.json', STRAPI_TIMEOUT_MS: '9000' },
};

describe('childEnv', () => {
  it('hands the caller’s settings to the astro child on top of the parent’s environment', () => {
    const env = childEnv(
      options,
      { SITE_CACHE_DIR: '/tmp/scratch/cache' },
      { PATH: '/usr/bin', STRAPI_TIMEOUT_MS: '1' },
    );
    expect(env).toMatchObject({
      PATH: '/usr/bin',
      SITE_BUILD_REPORT: '/srv/site/builds/.staging-1.warnings.json',
      STRAPI_TIMEOUT_MS: '9000',
      SITE_CACHE_DIR: '/tmp/scratch/cache',
      STRAPI_URL: 'http://127.0.0.1:1337',
      STRAPI_TOKEN: 'build-token',
      SITE_OUT_DIR: '/srv/site/builds/.staging-1',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    expect(env).not.toHaveProperty('SITE_URL');
  });

  it('leaves the parent’s environment as it was', () => {
    const parent = { PATH: '/usr/bin' };
    childEnv({ ...options, siteUrl: 'https://invest.example' }, {}, parent);
    expect(parent).toEqual({ PATH: '/usr/bin' });
    const before = { ...process.env };
    childEnv(options, {});
    expect(process.env).toEqual(before);
  });
});
