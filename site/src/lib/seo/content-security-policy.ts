import { suggestionEndpoint } from '../../components/suggestion/suggestion-paths.ts';
import { readOutputEnv } from '../../config/env.ts';
import { isPreviewServer } from '../../preview/preview-env.ts';
import { mapLabelCssHash } from '../map/map-label-style.ts';

/** What the policy must allow beyond the site itself. */
export interface CspSources {
  /** Origin of the CMS as readers reach it: the suggestion form posts there. */
  cmsOrigin: string;
  /** Origin of SITE_URL: the CMS redirects a plain form post to its thank-you page there. */
  siteOrigin: string;
  /** Hashes (`'sha256-…'`) of the site's inline stylesheets. */
  styleHashes: readonly string[];
  /** The preview server only: `astro dev` inlines every stylesheet, which hashes cannot list. */
  inlineStyles?: boolean;
}

/**
 * The site's Content-Security-Policy. Everything is denied by default; scripts and styles come
 * only from the site's own files (no inline script runs; JSON data blocks are not executed), and
 * Pagefind's WebAssembly needs 'wasm-unsafe-eval'. A `<meta>` policy cannot carry frame-ancestors,
 * report-uri or sandbox, so those are for the web server's header (docs/operations.md).
 */
export function contentSecurityPolicy({
  cmsOrigin,
  siteOrigin,
  styleHashes,
  inlineStyles = false,
}: CspSources): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    // A hash beside 'unsafe-inline' would make browsers ignore 'unsafe-inline'.
    ['style-src', "'self'", ...(inlineStyles ? ["'unsafe-inline'"] : styleHashes)],
    // data: is the inline SVG favicon. Every picture is the build's own copy (covers and body
    // images go through the image pipeline), so no CMS, S3 or CDN host is needed.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    // Pagefind fetches its index from the site; the suggestion form posts to the CMS with fetch.
    ['connect-src', "'self'", cmsOrigin],
    // Without script the suggestion form posts to the CMS, which redirects to the thank-you page on
    // SITE_URL; browsers check form-action on that redirect too, and 'self' may be another host name.
    ['form-action', "'self'", cmsOrigin, siteOrigin],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map((parts) => [...new Set(parts)].join(' ')).join('; ');
}

let fromEnv: string | undefined;

/** The policy for this build, from SITE_URL and PUBLIC_STRAPI_URL (or STRAPI_URL). */
export function siteContentSecurityPolicy(env: Record<string, string | undefined> = process.env): string {
  if (env === process.env && fromEnv) return fromEnv;
  const policy = contentSecurityPolicy({
    cmsOrigin: new URL(suggestionEndpoint(env)).origin,
    siteOrigin: new URL(readOutputEnv(env).siteUrl).origin,
    styleHashes: [mapLabelCssHash()],
    inlineStyles: isPreviewServer(env),
  });
  if (env === process.env) fromEnv = policy;
  return policy;
}
