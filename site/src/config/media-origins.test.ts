import { describe, expect, it } from 'vitest';
import { SiteConfigError } from './env.ts';
import { readMediaOrigins } from './media-origins.ts';

describe('readMediaOrigins', () => {
  it('lists the site, the CMS (internal and public) and SITE_MEDIA_ORIGINS, as origins, once', () => {
    expect(
      readMediaOrigins({
        SITE_URL: 'https://invest.shandong.example/sub/',
        STRAPI_URL: 'http://strapi.internal:1337',
        PUBLIC_STRAPI_URL: 'https://cms.shandong.example/',
        SITE_MEDIA_ORIGINS:
          ' https://bucket.s3.example.com/uploads , https://cdn.example.org,https://cdn.example.org/x',
      }),
    ).toEqual([
      'https://invest.shandong.example',
      'http://strapi.internal:1337',
      'https://cms.shandong.example',
      'https://bucket.s3.example.com',
      'https://cdn.example.org',
    ]);
  });

  it('defaults to the default SITE_URL alone', () => {
    expect(readMediaOrigins({})).toEqual(['http://127.0.0.1:4321']);
  });

  it('names the setting and the bad entry', () => {
    expect(() => readMediaOrigins({ SITE_MEDIA_ORIGINS: 'https://ok.example,ftp://files.example' })).toThrow(
      new SiteConfigError(
        'SITE_MEDIA_ORIGINS must hold http(s) URLs such as https://media.example.org, got "ftp://files.example".',
      ),
    );
    expect(() => readMediaOrigins({ SITE_MEDIA_ORIGINS: 'cdn.example.org' })).toThrow(
      /SITE_MEDIA_ORIGINS.*"cdn\.example\.org"/,
    );
  });
});
