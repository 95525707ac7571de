import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const DEBIAN_ROOT = '/usr/lib/postgresql';

/**
 * The bin folder of the newest PostgreSQL server Debian's package installed
 * (/usr/lib/postgresql/<major>/bin), or a clear error saying how to install one.
 */
export function postgresBinDir(): string {
  const majors = fs.existsSync(DEBIAN_ROOT)
    ? fs
        .readdirSync(DEBIAN_ROOT)
        .filter((name) => fs.existsSync(path.join(DEBIAN_ROOT, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = majors[0];
  if (!newest) {
    throw new Error(
      `no PostgreSQL server found under ${DEBIAN_ROOT}: install one with \`apt-get install -y postgresql\` (\`.ci/run\` does this)`,
    );
  }
  return path.join(DEBIAN_ROOT, newest, 'bin');
}

/**
 * PostgreSQL refuses to run as root, so when we are root its commands run as the `postgres`
 * system user (created by the Debian package); otherwise as ourselves.
 */
export function runAsServerUser(command: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  const [file, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  try {
    return execFileSync(file, fullArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`${path.basename(command)} failed: ${stderr.trim() || String(error)}`, { cause: error });
  }
}

/** Makes `dir` belong to the `postgres` user when we are root, so the server may use it. */
export function handToServerUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  execFileSync('chown', ['-R', 'postgres:', dir]);
}
