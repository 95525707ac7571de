/** Settings of the rebuild service, all from the environment. */
export interface RebuildServiceConfig {
  /** Interface to listen on (REBUILD_HOST, default 127.0.0.1: put a reverse proxy in front for remote Strapis). */
  host: string;
  /** Port to listen on (REBUILD_PORT, default 4322). */
  port: number;
  /** Shared secret Strapi sends in the x-rebuild-secret header (WEBHOOK_SECRET, required). */
  secret: string;
  /** Quiet time after the last webhook before rebuilding (REBUILD_QUIET_SECONDS, default 3). */
  quietMs: number;
  /** Longest wait after the first webhook of a burst, however many follow (REBUILD_MAX_WAIT_SECONDS, default 20). */
  maxWaitMs: number;
  /** Shell command that rebuilds and publishes the site (REBUILD_COMMAND, default `pnpm run pipeline`). */
  command: string;
  /** Where the status the admin shows is written (BUILD_STATUS_FILE); none when empty. */
  statusFile: string;
  /** The pipeline's SITE_ROOT, whose last-run.json the status reports (SITE_ROOT); none when empty. */
  siteRoot: string;
}

/** A number of seconds ≥ 0 from `name`, in milliseconds. */
function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a number of seconds ≥ 0, got "${env[name]}"`);
  }
  return Math.round(value * 1000);
}

/** Reads the service's settings, failing with the variable's name when one is missing or malformed. */
export function readRebuildServiceConfig(
  env: NodeJS.ProcessEnv = process.env,
  defaults: { statusFile: string } = { statusFile: '' },
): RebuildServiceConfig {
  const secret = env.WEBHOOK_SECRET ?? '';
  if (secret.length < 16) {
    throw new Error('WEBHOOK_SECRET must be set to at least 16 characters (the same value Strapi sends)');
  }
  const port = Number(env.REBUILD_PORT ?? 4322);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`REBUILD_PORT must be a port number, got "${env.REBUILD_PORT}"`);
  }
  const quietMs = seconds(env, 'REBUILD_QUIET_SECONDS', 3);
  const maxWaitMs = seconds(env, 'REBUILD_MAX_WAIT_SECONDS', 20);
  if (maxWaitMs < quietMs) {
    throw new Error(
      `REBUILD_MAX_WAIT_SECONDS (${maxWaitMs / 1000}) must not be shorter than REBUILD_QUIET_SECONDS (${quietMs / 1000})`,
    );
  }
  return {
    host: env.REBUILD_HOST || '127.0.0.1',
    port,
    secret,
    quietMs,
    maxWaitMs,
    command: env.REBUILD_COMMAND || 'pnpm run pipeline',
    statusFile: env.BUILD_STATUS_FILE?.trim() || defaults.statusFile,
    siteRoot: env.SITE_ROOT?.trim() ?? '',
  };
}
