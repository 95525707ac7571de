import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mapLabelCss, mapLabelCssHash } from '../map/map-label-style.ts';
import { contentSecurityPolicy, siteContentSecurityPolicy } from './content-security-policy.ts';

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(
    contentSecurityPolicy({
      cmsOrigin: 'https://cms.example',
      siteOrigin: 'https://site.example',
      styleHashes: ["'sha256-abc='"],
    }),
  );

  it('denies by default and allows scripts only from the site, plus WebAssembly for Pagefind', () => {
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
  });

  it('allows the inline stylesheets by hash, images from the site only, the form to the CMS', () => {
    expect(policy['style-src']).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:']);
    expect(policy['connect-src']).toEqual(["'self'", 'https://cms.example']);
    expect(policy['form-action']).toEqual(["'self'", 'https://cms.example', 'https://site.example']);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it('has nothing a meta policy ignores (frame-ancestors, report-uri, sandbox)', () => {
    expect(
      Object.keys(policy).filter((name) => ['frame-ancestors', 'report-uri', 'sandbox'].includes(name)),
    ).toEqual([]);
  });
});

describe('siteContentSecurityPolicy', () => {
  it('takes the CMS origin from PUBLIC_STRAPI_URL (where the form posts), SITE_URL (where it redirects); no media origin', () => {
    const policy = directives(
      siteContentSecurityPolicy({
        SITE_URL: 'https://invest.example',
        STRAPI_URL: 'http://strapi.internal:1337',
        PUBLIC_STRAPI_URL: 'https://cms.invest.example',
        SITE_MEDIA_ORIGINS: 'https://media.example',
      }),
    );
    expect(policy['form-action']).toEqual(["'self'", 'https://cms.invest.example', 'https://invest.example']);
    expect(policy['connect-src']).toEqual(["'self'", 'https://cms.invest.example']);
    // Pictures are copied into the build: the CMS, S3 and CDN hosts are never image sources.
    expect(policy['img-src']).toEqual(["'self'", 'data:']);
    expect(policy['style-src']).toEqual(["'self'", mapLabelCssHash()]);
  });

  it('allows inline stylesheets in the preview server only, where astro dev inlines them all', () => {
    const env = { SITE_URL: 'https://invest.example', STRAPI_URL: 'http://strapi.internal:1337' };
    const preview = directives(siteContentSecurityPolicy({ ...env, SITE_PREVIEW_SERVER: 'true' }));
    // A hash beside 'unsafe-inline' would switch 'unsafe-inline' off.
    expect(preview['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(preview['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives(siteContentSecurityPolicy(env))['style-src']).toEqual(["'self'", mapLabelCssHash()]);
  });
});

describe('mapLabelCss', () => {
  it('has a rule for each of the 16 cities and the hash of exactly its text', () => {
    expect(mapLabelCss().match(/data-map-label=/g)).toHaveLength(16);
    const digest = createHash('sha256').update(mapLabelCss()).digest('base64');
    expect(mapLabelCssHash()).toBe(`'sha256-${digest}'`);
  });
});
