import { spawn } from 'node:child_process';
import { forEachOutputLine } from '../../common/process/output-lines.ts';

/** How long a rebuild waits for a pipeline run already holding SITE_ROOT (e.g. the nightly). */
const REBUILD_LOCK_WAIT_SECONDS = '1800';

/**
 * Runs a shell command (the rebuild, e.g. `pnpm run pipeline`) in `cwd`, passing each output line to
 * `log`. Resolves true on exit code 0; a non-zero exit is a failed rebuild, not an exception.
 * A publish must not be lost to a nightly run in progress, so the rebuild waits for its lock.
 */
export function runCommand(command: string, cwd: string, log: (line: string) => void): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      PIPELINE_LOCK_WAIT_SECONDS: process.env.PIPELINE_LOCK_WAIT_SECONDS || REBUILD_LOCK_WAIT_SECONDS,
    };
    const child = spawn(command, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    forEachOutputLine([child.stdout, child.stderr], (line) => log(`  │ ${line}`));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code !== 0) log(`  └ \`${command}\` exited with ${signal ?? `code ${code}`}`);
      resolve(code === 0);
    });
  });
}
