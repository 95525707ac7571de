import path from 'node:path';
import { PipelineError } from './errors.ts';

/** Everything one pipeline run needs, read from the environment and the command line. */
export interface PipelineConfig {
  strapiUrl: string;
  token: string;
  /** Holds `builds/<id>/`, `reports/<id>.json` and the `current` symlink the web server serves. */
  siteRoot: string;
  /** The origin the site is published at (absolute links to it are internal). */
  siteUrl: string;
  /** How many good builds to keep, `current` included. */
  keepBuilds: number;
  /** Largest allowed drop in page or document count against the last good build (0.1 = 10%). */
  maxDrop: number;
  /** A term the search index must find. */
  searchQuery: string;
  /** Per-attempt timeout of every CMS request (fingerprint and site build). */
  timeoutMs: number;
  /** Total time one CMS request may spend retrying (STRAPI_RETRY_BUDGET_MS). */
  retryBudgetMs: number;
  /** How long to wait for another run holding SITE_ROOT's lock (PIPELINE_LOCK_WAIT_SECONDS). */
  lockWaitSeconds: number;
  /** A lock from another host older than this is broken (PIPELINE_LOCK_STALE_MINUTES, in ms here). */
  lockStaleMs: number;
  /** Page size of the fingerprint requests. */
  pageSize: number;
  /** Build and publish even when the content fingerprint is unchanged. */
  force: boolean;
  /** Publish even when the page or document count dropped more than maxDrop. */
  allowDrop: boolean;
}

type Env = Record<string, string | undefined>;

function positiveNumber(env: Env, name: string, fallback: number, integer: boolean, zero = false): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (
    !Number.isFinite(value) ||
    value < 0 ||
    (value === 0 && !zero) ||
    (integer && !Number.isInteger(value))
  ) {
    throw new PipelineError(
      'config',
      `${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}".`,
      `Fix ${name} in the environment or unset it to use ${fallback}.`,
    );
  }
  return value;
}

/** Reads the pipeline settings; throws a PipelineError naming the variable to set. */
export function readPipelineConfig(env: Env, flags: { force: boolean; allowDrop: boolean }): PipelineConfig {
  const missing = ['STRAPI_URL', 'STRAPI_TOKEN', 'SITE_ROOT'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new PipelineError(
      'config',
      `Missing ${missing.join(', ')}.`,
      'Set STRAPI_URL (e.g. http://127.0.0.1:1337), STRAPI_TOKEN (the read-only build token) and ' +
        'SITE_ROOT (the folder holding builds/ and the served `current` link).',
    );
  }
  const maxDrop = positiveNumber(env, 'PIPELINE_MAX_DROP', 0.1, false);
  if (maxDrop >= 1) {
    throw new PipelineError(
      'config',
      `PIPELINE_MAX_DROP must be below 1, got ${maxDrop}.`,
      'Use a share such as 0.1 for 10%.',
    );
  }
  return {
    strapiUrl: String(env.STRAPI_URL).trim().replace(/\/+$/, ''),
    token: String(env.STRAPI_TOKEN).trim(),
    siteRoot: path.resolve(String(env.SITE_ROOT).trim()),
    siteUrl: env.SITE_URL?.trim() || 'http://127.0.0.1:4321',
    keepBuilds: positiveNumber(env, 'PIPELINE_KEEP_BUILDS', 5, true),
    maxDrop,
    searchQuery: env.PIPELINE_SEARCH_QUERY?.trim() || '山东',
    timeoutMs: positiveNumber(env, 'STRAPI_TIMEOUT_MS', 30000, true),
    retryBudgetMs: positiveNumber(env, 'STRAPI_RETRY_BUDGET_MS', 60000, true),
    lockWaitSeconds: positiveNumber(env, 'PIPELINE_LOCK_WAIT_SECONDS', 0, false, true),
    lockStaleMs: positiveNumber(env, 'PIPELINE_LOCK_STALE_MINUTES', 120, false) * 60_000,
    pageSize: positiveNumber(env, 'PIPELINE_PAGE_SIZE', 100, true),
    force: flags.force,
    allowDrop: flags.force || flags.allowDrop,
  };
}
