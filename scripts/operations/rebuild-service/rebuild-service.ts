import type http from 'node:http';
import type { RebuildServiceConfig } from './config.ts';
import { createRebuildScheduler, type RebuildScheduler } from './rebuild-scheduler.ts';
import { runCommand } from './run-command.ts';
import { createWebhookServer } from './webhook-server.ts';

/** A listening rebuild service. */
export interface RunningRebuildService {
  /** Base URL, e.g. http://127.0.0.1:4322 (Strapi posts to `${url}/webhook`). */
  url: string;
  scheduler: RebuildScheduler;
  server: http.Server;
  /** Stops listening, cancels a pending rebuild and waits for a running one. */
  stop(): Promise<void>;
}

/** Starts the webhook server and the debounced, one-at-a-time rebuild of the site. */
export async function startRebuildService(
  config: RebuildServiceConfig,
  options: { cwd: string; log: (message: string) => void },
): Promise<RunningRebuildService> {
  const scheduler = createRebuildScheduler({
    quietMs: config.quietMs,
    rebuild: () => runCommand(config.command, options.cwd, options.log),
    log: options.log,
  });
  const server = createWebhookServer({ secret: config.secret, scheduler, log: options.log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  options.log(
    `listening on ${url}/webhook; rebuild = \`${config.command}\` after ${config.quietMs / 1000} s of quiet`,
  );
  return {
    url,
    scheduler,
    server,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler.close();
    },
  };
}
