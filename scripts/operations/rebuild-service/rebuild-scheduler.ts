/** What the scheduler knows at a moment, for the health endpoint and tests. */
export interface SchedulerState {
  /** A debounce timer is waiting for quiet. */
  waiting: boolean;
  /** A rebuild is running now. */
  running: boolean;
  /** Another rebuild will start when the running one ends. */
  queued: boolean;
  /** Rebuilds started since the service began. */
  started: number;
  /** How the last finished rebuild ended. */
  lastResult: { ok: boolean; at: string; durationMs: number } | null;
}

/** Debounce and one-at-a-time policy around a rebuild function. */
export interface RebuildScheduler {
  /** Something changed: (re)start the quiet period. */
  notify(reason: string): void;
  state(): SchedulerState;
  /** Cancels a pending rebuild and waits for a running one to end. */
  close(): Promise<void>;
}

/**
 * Turns bursts of change notifications into single rebuilds: a rebuild starts after `quietMs`
 * without notifications; while one runs, further bursts collapse into exactly one more.
 */
export function createRebuildScheduler(options: {
  quietMs: number;
  rebuild: () => Promise<boolean>;
  log: (message: string) => void;
}): RebuildScheduler {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let queued = false;
  let started = 0;
  let lastResult: SchedulerState['lastResult'] = null;

  const run = () => {
    started += 1;
    const number = started;
    const began = Date.now();
    options.log(`rebuild #${number} starting`);
    running = options
      .rebuild()
      .catch((error: unknown) => {
        options.log(`rebuild #${number} could not run: ${(error as Error).message}`);
        return false;
      })
      .then((ok) => {
        const durationMs = Date.now() - began;
        lastResult = { ok, at: new Date().toISOString(), durationMs };
        options.log(
          `rebuild #${number} ${ok ? 'succeeded' : 'FAILED'} in ${(durationMs / 1000).toFixed(1)} s`,
        );
        running = null;
        if (queued) {
          queued = false;
          options.log('changes arrived during the rebuild: rebuilding once more');
          run();
        }
      });
  };

  const quietPeriodOver = () => {
    timer = null;
    if (running) {
      // Content changed after the running build fetched it, so one more build is needed.
      queued = true;
      options.log('quiet period over while a rebuild runs: queued one more');
      return;
    }
    run();
  };

  return {
    notify(reason) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(quietPeriodOver, options.quietMs);
      options.log(
        `${reason}: rebuild in ${(options.quietMs / 1000).toFixed(1)} s unless more changes arrive`,
      );
    },
    state: () => ({ waiting: timer !== null, running: running !== null, queued, started, lastResult }),
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      queued = false;
      while (running) await running;
    },
  };
}
