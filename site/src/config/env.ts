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
}

/** Where the built site lives. */
export interface OutputEnv {
  /** Absolute URL the site is published at (canonical links, sitemap). */
  siteUrl: string;
  /** Output directory, relative to `site/` or absolute. */
  outDir: string;
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

/** Reads STRAPI_URL, STRAPI_TOKEN and STRAPI_TIMEOUT_MS; throws a message saying what to set. */
export function readCmsEnv(env: Env = process.env): CmsEnv {
  const missing = ['STRAPI_URL', 'STRAPI_TOKEN'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new SiteConfigError(
      `Missing ${missing.join(' and ')}. Set STRAPI_URL to the Strapi base URL (e.g. http://127.0.0.1:1337) ` +
        'and STRAPI_TOKEN to a read-only API token (Strapi admin › Settings › API Tokens) before building the site.',
    );
  }
  const timeout = env.STRAPI_TIMEOUT_MS?.trim() || '30000';
  const timeoutMs = Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new SiteConfigError(
      `STRAPI_TIMEOUT_MS must be a positive number of milliseconds, got "${timeout}".`,
    );
  }
  return {
    strapiUrl: parseUrl('STRAPI_URL', String(env.STRAPI_URL).trim()),
    strapiToken: String(env.STRAPI_TOKEN).trim(),
    timeoutMs,
  };
}

/** Reads SITE_URL (default http://127.0.0.1:4321) and SITE_OUT_DIR (default dist). */
export function readOutputEnv(env: Env = process.env): OutputEnv {
  return {
    siteUrl: parseUrl('SITE_URL', env.SITE_URL?.trim() || 'http://127.0.0.1:4321'),
    outDir: env.SITE_OUT_DIR?.trim() || 'dist',
  };
}
