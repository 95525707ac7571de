import type http from 'node:http';
import { readLastRun, writeBuildStatus } from './build-status.ts';
import type { RebuildServiceConfig } from './config.ts';
import { createRebuildScheduler, type RebuildScheduler, type SchedulerState } from './rebuild-scheduler.ts';
import { runCommand } from './run-command.ts';
import { createWebhookServer } from './webhook-server.ts';

/** A listening rebuild service. */
export interface RunningRebuildService {
  /** Base URL, e.g. http://127.0.0.1:4322 (Strapi posts to `${url}/webhook`). */
  url: string;
  /** The settings it runs with. */
  config: RebuildServiceConfig;
  scheduler: RebuildScheduler;
  server: http.Server;
  /** Stops listening, cancels a pending rebuild and waits for a running one. */
  stop(): Promise<void>;
}

/**
 * Starts the webhook server and the debounced, one-at-a-time rebuild of the site: `rebuild` when
 * given (`pnpm start` runs the pipeline in process), else `config.command` in a shell. Writes the
 * status file (when configured) at start and after every change of the queue.
 */
export async function startRebuildService(
  config: RebuildServiceConfig,
  options: { cwd: string; log: (message: string) => void; rebuild?: () => Promise<boolean> },
): Promise<RunningRebuildService> {
  const writeStatus = (state: SchedulerState) => {
    if (!config.statusFile) return;
    try {
      writeBuildStatus(config.statusFile, state, config.siteRoot ? readLastRun(config.siteRoot) : null);
    } catch (error) {
      // The rebuilds go on; only the admin's view of them is stale.
      options.log(`could not write ${config.statusFile}: ${(error as Error).message}`);
    }
  };
  const scheduler = createRebuildScheduler({
    quietMs: config.quietMs,
    maxWaitMs: config.maxWaitMs,
    rebuild: options.rebuild ?? (() => runCommand(config.command, options.cwd, options.log)),
    log: options.log,
    onChange: writeStatus,
  });
  writeStatus(scheduler.state());
  const server = createWebhookServer({ secret: config.secret, scheduler, log: options.log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  const what = options.rebuild ? 'the pipeline' : `\`${config.command}\``;
  options.log(
    `listening on ${url}/webhook; rebuild = ${what} after ${config.quietMs / 1000} s of quiet, at most ${config.maxWaitMs / 1000} s after the first change`,
  );
  return {
    url,
    config,
    scheduler,
    server,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler.close();
    },
  };
}
