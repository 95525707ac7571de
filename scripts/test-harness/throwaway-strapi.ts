import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSecrets } from '../operations/strapi/secrets.ts';
import { type RunningStrapi, startStrapi } from '../operations/strapi/strapi-process.ts';

/** A Strapi on its own temporary SQLite database, for tests and benchmarks. */
export interface ThrowawayStrapi {
  dir: string;
  env: Record<string, string>;
  tokenFile: string;
  start(extraEnv?: Record<string, string>): Promise<RunningStrapi>;
  /** Removes the temporary folder (stop the process first). */
  remove(): void;
}

/**
 * Prepares a throw-away Strapi: a temp folder with the SQLite file, the token file and the
 * uploads, fresh random secrets, no admin panel. `start` may be called again after stopping, on the same data.
 * `baseEnv` overrides any of it, e.g. `postgresStrapiEnv()` (scripts/test-harness/postgres) for PostgreSQL.
 */
export function throwawayStrapi(baseEnv: Record<string, string> = {}): ThrowawayStrapi {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-strapi-'));
  const tokenFile = path.join(dir, 'build-token');
  // Its own public/uploads (the seed uploads demo covers), removed with the rest of the folder.
  const publicDir = path.join(dir, 'public');
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const env = {
    ...generateSecrets(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'data.db'),
    SERVE_ADMIN_PANEL: 'false',
    PUBLIC_DIR: publicDir,
    ...baseEnv,
  };
  return {
    dir,
    env,
    tokenFile,
    start: (extraEnv = {}) => startStrapi({ env: { ...env, ...extraEnv }, tokenFile }),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
