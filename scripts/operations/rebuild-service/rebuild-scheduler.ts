/** What the scheduler knows at a moment, for the health endpoint, the status file and tests. */
export interface SchedulerState {
  /** A quiet period is counting down. */
  waiting: boolean;
  /** When the waiting rebuild starts at the latest (ISO time), or null when nothing waits. */
  nextRunAt: string | null;
  /** A rebuild is running now. */
  running: boolean;
  /** Another rebuild will start when the running one ends. */
  queued: boolean;
  /** Rebuilds started since the service began. */
  started: number;
  /** How the last finished rebuild ended. */
  lastResult: { ok: boolean; at: string; durationMs: number } | null;
}

/** Quiet period, maximum wait and one-at-a-time policy around a rebuild function. */
export interface RebuildScheduler {
  /** Something changed: (re)start the quiet period, never beyond the maximum wait. */
  notify(reason: string): void;
  state(): SchedulerState;
  /** Cancels a pending rebuild and waits for a running one to end. */
  close(): Promise<void>;
}

/** How the scheduler turns notifications into rebuilds. */
export interface RebuildSchedulerOptions {
  /** A rebuild starts this long after the last notification … */
  quietMs: number;
  /** … but no later than this long after the first notification it waits for. */
  maxWaitMs: number;
  /** Builds and publishes the site; resolves whether it succeeded. */
  rebuild: () => Promise<boolean>;
  log: (message: string) => void;
  /** Called after every change of state (e.g. to write the status file the admin shows). */
  onChange?: (state: SchedulerState) => void;
}

/**
 * Turns bursts of change notifications into single rebuilds: a rebuild starts after `quietMs`
 * without notifications, or `maxWaitMs` after the first one when they keep coming; while one runs,
 * further notifications collapse into exactly one more.
 */
export function createRebuildScheduler(options: RebuildSchedulerOptions): RebuildScheduler {
  let timer: NodeJS.Timeout | null = null;
  // When the first notification of the current wait arrived: the maximum wait counts from it.
  let waitingSince = 0;
  let nextRunAt = 0;
  let running: Promise<void> | null = null;
  let queued = false;
  let started = 0;
  let lastResult: SchedulerState['lastResult'] = null;

  const state = (): SchedulerState => ({
    waiting: timer !== null,
    nextRunAt: timer ? new Date(nextRunAt).toISOString() : null,
    running: running !== null,
    queued,
    started,
    lastResult,
  });
  const changed = () => options.onChange?.(state());

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
        changed();
      });
    changed();
  };

  const waitOver = () => {
    timer = null;
    if (running) {
      // Content changed after the running build fetched it, so one more build is needed.
      queued = true;
      options.log('wait over while a rebuild runs: queued one more');
      changed();
      return;
    }
    run();
  };

  return {
    notify(reason) {
      const now = Date.now();
      if (timer) clearTimeout(timer);
      else waitingSince = now;
      nextRunAt = Math.min(now + options.quietMs, waitingSince + options.maxWaitMs);
      timer = setTimeout(waitOver, nextRunAt - now);
      options.log(
        `${reason}: rebuild in ${((nextRunAt - now) / 1000).toFixed(1)} s unless more changes arrive`,
      );
      changed();
    },
    state,
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      queued = false;
      while (running) await running;
    },
  };
}
