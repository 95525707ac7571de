import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../../common/paths.ts';
import { forEachOutputLine } from '../../common/process/output-lines.ts';

const STRAPI_BIN = path.join(CMS_DIR, 'node_modules', '.bin', 'strapi');

/**
 * Runs a `strapi` CLI command in cms/ (it loads the compiled app, so it needs the app's secrets
 * and DATABASE_* in `env`), forwards each output line to `onLine`, and fails with the last lines
 * of output when the command exits non-zero.
 */
export async function runStrapiCli(
  args: string[],
  env: Record<string, string>,
  onLine: (line: string) => void = () => {},
): Promise<void> {
  if (!fs.existsSync(path.join(CMS_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('cms/dist is missing: run `pnpm --filter @select-shandong/cms compile` first');
  }
  const child = spawn(STRAPI_BIN, args, {
    cwd: CMS_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
      ...env,
      // Loading the app runs bootstrap: a backup or restore must not seed or write token files.
      SEED_DEMO_CONTENT: '',
      STRAPI_BUILD_TOKEN_FILE: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  forEachOutputLine([child.stdout, child.stderr], (line) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    onLine(line);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`\`strapi ${args[0]}\` exited with code ${code}:\n${recent.join('\n')}`);
  }
}
