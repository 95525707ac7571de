/** Thrown when the build is started without the environment it needs. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Where and how the site reads the CMS. */
export interface CmsEnv {
  /** Base URL of Strapi, without a trailing slash, e.g. `http://127.0.0.1:1337`. */
  strapiUrl: string;
  /** Read-only API token sent as `Authorization: Bearer …`. */
  strapiToken: string;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
  /** Total time one request may spend retrying, in milliseconds. */
  retryBudgetMs: number;
}

/** Where the built site lives. */
export interface OutputEnv {
  /** Absolute URL the site is published at (canonical links, sitemap). */
  siteUrl: string;
  /** Output directory, relative to `site/` or absolute. */
  outDir: string;
  /** Astro's cache (content-layer data store); one per build so concurrent builds do not share it. */
  cacheDir: string | undefined;
  /**
   * Processed pictures kept between builds by content hash (IMAGE_CACHE_DIR); outside the output
   * and the per-build cache so that a nightly with unchanged pictures processes none.
   */
  imageCacheDir: string | undefined;
}

type Env = Record<string, string | undefined>;

function parseUrl(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw new SiteConfigError(
      `${name} must be an http(s) URL such as http://127.0.0.1:1337, got "${value}".`,
    );
  }
  return value.replace(/\/+$/, '');
}

function milliseconds(env: Env, name: string, fallback: string): number {
  const raw = env[name]?.trim() || fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new SiteConfigError(`${name} must be a positive number of milliseconds, got "${raw}".`);
  }
  return value;
}

/** Reads STRAPI_URL, STRAPI_TOKEN, STRAPI_TIMEOUT_MS and STRAPI_RETRY_BUDGET_MS; throws a message saying what to set. */
export function readCmsEnv(env: Env = process.env): CmsEnv {
  const missing = ['STRAPI_URL', 'STRAPI_TOKEN'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new SiteConfigError(
      `Missing ${missing.join(' and ')}. Set STRAPI_URL to the Strapi base URL (e.g. http://127.0.0.1:1337) ` +
        'and STRAPI_TOKEN to a read-only API token (Strapi admin › Settings › API Tokens) before building the site.',
    );
  }
  return {
    strapiUrl: parseUrl('STRAPI_URL', String(env.STRAPI_URL).trim()),
    strapiToken: String(env.STRAPI_TOKEN).trim(),
    timeoutMs: milliseconds(env, 'STRAPI_TIMEOUT_MS', '30000'),
    retryBudgetMs: milliseconds(env, 'STRAPI_RETRY_BUDGET_MS', '60000'),
  };
}

/** Reads SITE_URL (default http://127.0.0.1:4321), SITE_OUT_DIR (default dist), SITE_CACHE_DIR and IMAGE_CACHE_DIR. */
export function readOutputEnv(env: Env = process.env): OutputEnv {
  return {
    siteUrl: parseUrl('SITE_URL', env.SITE_URL?.trim() || 'http://127.0.0.1:4321'),
    outDir: env.SITE_OUT_DIR?.trim() || 'dist',
    cacheDir: env.SITE_CACHE_DIR?.trim() || undefined,
    imageCacheDir: env.IMAGE_CACHE_DIR?.trim() || undefined,
  };
}
