import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRebuildScheduler } from './rebuild-scheduler.ts';

// Time is the subject here: fake timers make the quiet periods exact and the tests immune to load.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lets `ms` of fake time pass, running the timers and promise callbacks due in it. */
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A scheduler whose rebuild takes `buildMs` and records when each one ran. */
function scheduler(quietMs: number, buildMs: number, ok = true) {
  const runs: Array<{ start: number; end: number }> = [];
  const log: string[] = [];
  const instance = createRebuildScheduler({
    quietMs,
    rebuild: async () => {
      const start = Date.now();
      await sleep(buildMs);
      runs.push({ start, end: Date.now() });
      return ok;
    },
    log: (line) => log.push(line),
  });
  return { instance, runs, log };
}

describe('rebuild scheduler', () => {
  it('waits for quiet: a burst of notifications gives one rebuild', async () => {
    // Notifications 20 ms apart against a 250 ms quiet period.
    const { instance, runs } = scheduler(250, 10);
    for (let i = 0; i < 5; i += 1) {
      instance.notify(`change ${i}`);
      await elapse(20);
    }
    expect(runs).toHaveLength(0);
    // The quiet period counts from the last notification: 20 + 229 ms later nothing has started.
    await elapse(229);
    expect(instance.state()).toMatchObject({ waiting: true, started: 0 });
    await elapse(600 - 229);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.end).toBe((runs[0]?.start ?? 0) + 10);
    expect(instance.state()).toMatchObject({ waiting: false, running: false, queued: false, started: 1 });
    await instance.close();
  });

  it('runs one rebuild at a time: a burst during a build gives exactly one more after it', async () => {
    // Each rebuild waits until the test releases it.
    const releases: Array<() => void> = [];
    let finished = 0;
    const log: string[] = [];
    const instance = createRebuildScheduler({
      quietMs: 20,
      rebuild: () =>
        new Promise<boolean>((resolve) => {
          releases.push(() => {
            finished += 1;
            resolve(true);
          });
        }),
      log: (line) => log.push(line),
    });
    const until = async (condition: () => boolean) => {
      for (let i = 0; i < 200 && !condition(); i += 1) await elapse(10);
      expect(condition()).toBe(true);
    };
    instance.notify('first');
    await until(() => instance.state().running);
    for (let i = 0; i < 2; i += 1) {
      instance.notify(`burst ${i}`);
      // The burst's quiet period ends while the first build still runs.
      await until(() => instance.state().queued && !instance.state().waiting);
    }
    expect(instance.state().started).toBe(1);
    releases[0]?.();
    await until(() => instance.state().started === 2);
    expect(instance.state()).toMatchObject({ running: true, queued: false });
    releases[1]?.();
    await until(() => !instance.state().running);
    await elapse(60);
    expect(instance.state()).toMatchObject({ started: 2, waiting: false, running: false, queued: false });
    expect(finished).toBe(2);
    expect(log.some((line) => line.includes('rebuilding once more'))).toBe(true);
    await instance.close();
  });

  it('records a failed rebuild and keeps serving', async () => {
    const { instance } = scheduler(10, 5, false);
    instance.notify('change');
    await elapse(100);
    expect(instance.state().lastResult?.ok).toBe(false);
    instance.notify('again');
    expect(instance.state().waiting).toBe(true);
    await instance.close();
    expect(instance.state().waiting).toBe(false);
  });
});
