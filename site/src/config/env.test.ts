import { describe, expect, it } from 'vitest';
import { readCmsEnv, readOutputEnv, SiteConfigError } from './env.ts';

describe('site environment', () => {
  it('says which variables to set when STRAPI_URL and STRAPI_TOKEN are missing', () => {
    expect(() => readCmsEnv({})).toThrow(SiteConfigError);
    expect(() => readCmsEnv({})).toThrow(/Missing STRAPI_URL and STRAPI_TOKEN\. Set STRAPI_URL to/);
    expect(() => readCmsEnv({ STRAPI_URL: 'http://127.0.0.1:1337' })).toThrow(/Missing STRAPI_TOKEN\./);
  });

  it('rejects a STRAPI_URL that is not http(s) and a bad timeout', () => {
    expect(() => readCmsEnv({ STRAPI_URL: 'localhost:1337', STRAPI_TOKEN: 't' })).toThrow(
      /STRAPI_URL must be an http\(s\) URL/,
    );
    expect(() =>
      readCmsEnv({ STRAPI_URL: 'http://a', STRAPI_TOKEN: 't', STRAPI_TIMEOUT_MS: 'soon' }),
    ).toThrow(/STRAPI_TIMEOUT_MS must be a positive number/);
  });

  it('applies defaults and strips a trailing slash', () => {
    expect(readCmsEnv({ STRAPI_URL: 'http://127.0.0.1:1337/', STRAPI_TOKEN: ' t ' })).toEqual({
      strapiUrl: 'http://127.0.0.1:1337',
      strapiToken: 't',
      timeoutMs: 30_000,
      retryBudgetMs: 60_000,
    });
    expect(readOutputEnv({})).toEqual({
      siteUrl: 'http://127.0.0.1:4321',
      outDir: 'dist',
      cacheDir: undefined,
    });
  });
});
