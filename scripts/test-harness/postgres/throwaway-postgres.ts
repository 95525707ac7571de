import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../common/net.ts';
import { handToServerUser, postgresBinDir, runAsServerUser } from './postgres-binaries.ts';

/** Where a running throw-away cluster listens; trust authentication for the `postgres` role. */
export interface PostgresServer {
  host: string;
  port: number;
  user: string;
}

/** A throw-away PostgreSQL cluster in a temp folder, listening on 127.0.0.1 only. */
export interface ThrowawayPostgres extends PostgresServer {
  dir: string;
  /** Stops the server (fast shutdown) and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Creates a fresh cluster with `initdb` and starts it with `pg_ctl` on a free port; the unix
 * socket lives in the temp folder so it never collides with a system cluster. Durability is
 * switched off: the data is thrown away after the tests.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  fs.mkdirSync(dataDir, { mode: 0o700 });
  handToServerUser(dir);
  const port = await freePort();
  runAsServerUser(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  try {
    runAsServerUser(path.join(bin, 'pg_ctl'), [
      '-D',
      dataDir,
      '-l',
      logFile,
      '-o',
      serverOptions,
      '-w',
      'start',
    ]);
  } catch (error) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}\n${log}`, { cause: error });
  }
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopNow);
    try {
      runAsServerUser(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  // pg_ctl detaches the server: without this, a setup that fails later would leave it running.
  process.once('exit', stopNow);
  return { dir, host: '127.0.0.1', port, user: 'postgres', stop: async () => stopNow() };
}

/** Creates an empty database on `server`, e.g. one per throw-away Strapi. */
export function createDatabase(server: PostgresServer, name: string): void {
  const createdb = path.join(postgresBinDir(), 'createdb');
  execFileSync(createdb, ['-h', server.host, '-p', String(server.port), '-U', server.user, name], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The DATABASE_* variables that point Strapi (cms/config/database.ts) at `name` on `server`. */
export function postgresStrapiEnv(server: PostgresServer, name: string): Record<string, string> {
  return {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: server.host,
    DATABASE_PORT: String(server.port),
    DATABASE_NAME: name,
    DATABASE_USERNAME: server.user,
    DATABASE_PASSWORD: '',
  };
}
