/**
 * `pnpm rebuild-service`: the on-publish rebuild for single-host deployments. Strapi's webhook
 * (registered at start-up when REBUILD_WEBHOOK_URL is set) posts here; see docs/operations.md.
 */

import path from 'node:path';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { LOCAL_DIR, ROOT_DIR } from '../../common/paths.ts';
import { readRebuildServiceConfig } from './config.ts';
import { startRebuildService } from './rebuild-service.ts';

parseCommandLine({
  usage: 'pnpm rebuild-service',
  summary:
    "Takes Strapi's publish webhooks and runs REBUILD_COMMAND once they quiet down (settings from the\n" +
    'environment; see docs/operations.md).',
  flags: {},
});

const log = (message: string) => console.log(`${new Date().toISOString()} [rebuild] ${message}`);

try {
  const service = await startRebuildService(
    readRebuildServiceConfig(process.env, { statusFile: path.join(LOCAL_DIR, 'build-status.json') }),
    { cwd: ROOT_DIR, log },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: finishing the running rebuild, if any, then exiting`);
      service.stop().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`[rebuild] cannot start: ${(error as Error).message}`);
  process.exit(1);
}
