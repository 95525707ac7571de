import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assertPortFree, freePort, waitForHttp } from '../../common/net.ts';
import { CMS_DIR } from '../../common/paths.ts';
import { superviseChild } from '../../common/process/supervised-child.ts';

/** How to start one Strapi process; everything else comes from the environment given. */
export interface StrapiOptions {
  /** Variables for the Strapi process (secrets, DATABASE_*, SEED_DEMO_CONTENT, …). */
  env: Record<string, string>;
  /** Port to listen on; a free one when omitted. */
  port?: number;
  /** Where bootstrap writes the read-only build token. */
  tokenFile: string;
  /** Lines of Strapi's output go here (default: dropped, but kept for error messages). */
  onLog?: (line: string) => void;
  /** How long to wait for bootstrap (seeding included). */
  readyTimeoutMs?: number;
}

/** A running Strapi: its base URL, the build token, and how to stop it. */
export interface RunningStrapi {
  url: string;
  port: number;
  token: string;
  process: ChildProcess;
  /** The last lines Strapi printed, for error messages. */
  recentLog(): string;
  stop(): Promise<void>;
}

const STRAPI_BIN = path.join(CMS_DIR, 'node_modules', '.bin', 'strapi');

/**
 * Starts `strapi start` on 127.0.0.1 (needs cms/dist: run `pnpm --filter @select-shandong/cms compile`
 * or `strapi build` first), waits until it answers, and reads the build token bootstrap wrote.
 */
export async function startStrapi(options: StrapiOptions): Promise<RunningStrapi> {
  if (!fs.existsSync(path.join(CMS_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('cms/dist is missing: run `pnpm --filter @select-shandong/cms compile` first');
  }
  if (options.port) await assertPortFree(options.port, 'Strapi');
  const port = options.port ?? (await freePort());
  fs.rmSync(options.tokenFile, { force: true });
  const child = spawn(STRAPI_BIN, ['start'], {
    cwd: CMS_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
      BROWSER: 'none',
      STRAPI_BUILD_TOKEN_FILE: options.tokenFile,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never leave an orphaned Strapi behind when this process ends.
  const supervised = superviseChild(child, { keepLines: 200, onLog: options.onLog });
  const url = `http://127.0.0.1:${port}`;
  const recentLog = () => supervised.recentLog();
  const stop = () => supervised.stop();
  try {
    await waitForHttp(`${url}/_health`, options.readyTimeoutMs ?? 300_000, () => !supervised.exited());
  } catch (error) {
    await stop();
    throw new Error(
      `Strapi did not start: ${(error as Error).message}\n--- Strapi output ---\n${recentLog()}`,
      {
        cause: error,
      },
    );
  }
  const token = fs.readFileSync(options.tokenFile, 'utf8').trim();
  return { url, port, token, process: child, recentLog, stop };
}
