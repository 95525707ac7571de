/** Settings of the rebuild service, all from the environment. */
export interface RebuildServiceConfig {
  /** Interface to listen on (REBUILD_HOST, default 127.0.0.1: put a reverse proxy in front for remote Strapis). */
  host: string;
  /** Port to listen on (REBUILD_PORT, default 4322). */
  port: number;
  /** Shared secret Strapi sends in the x-rebuild-secret header (WEBHOOK_SECRET, required). */
  secret: string;
  /** Quiet time after the last webhook before rebuilding (REBUILD_QUIET_SECONDS, default 60). */
  quietMs: number;
  /** Shell command that rebuilds and publishes the site (REBUILD_COMMAND, default `pnpm run pipeline`). */
  command: string;
}

/** Reads the service's settings, failing with the variable's name when one is missing or malformed. */
export function readRebuildServiceConfig(env: NodeJS.ProcessEnv = process.env): RebuildServiceConfig {
  const secret = env.WEBHOOK_SECRET ?? '';
  if (secret.length < 16) {
    throw new Error('WEBHOOK_SECRET must be set to at least 16 characters (the same value Strapi sends)');
  }
  const port = Number(env.REBUILD_PORT ?? 4322);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`REBUILD_PORT must be a port number, got "${env.REBUILD_PORT}"`);
  }
  const quietSeconds = Number(env.REBUILD_QUIET_SECONDS ?? 60);
  if (!Number.isFinite(quietSeconds) || quietSeconds < 0) {
    throw new Error(
      `REBUILD_QUIET_SECONDS must be a number of seconds ≥ 0, got "${env.REBUILD_QUIET_SECONDS}"`,
    );
  }
  return {
    host: env.REBUILD_HOST || '127.0.0.1',
    port,
    secret,
    quietMs: Math.round(quietSeconds * 1000),
    command: env.REBUILD_COMMAND || 'pnpm run pipeline',
  };
}
