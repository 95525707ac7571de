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
function scheduler(quietMs: number, buildMs: number, ok = true, maxWaitMs = 60_000) {
  const runs: Array<{ start: number; end: number }> = [];
  const log: string[] = [];
  const instance = createRebuildScheduler({
    quietMs,
    maxWaitMs,
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
      maxWaitMs: 1000,
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

  it('builds at the maximum wait while notifications keep coming (a stream of publishes still goes live)', async () => {
    // Quiet 3 s, maximum 20 s: one publish a second for a minute.
    const { instance, runs } = scheduler(3000, 2000, true, 20_000);
    const began = Date.now();
    for (let second = 0; second < 60; second += 1) {
      instance.notify(`publish ${second}`);
      await elapse(1000);
    }
    // The first build starts 20 s after the first publish, not after the stream ends.
    expect((runs[0]?.start ?? Number.NaN) - began).toBe(20_000);
    // Later builds follow within the maximum wait of the first publish they wait for.
    for (const [i, run] of runs.entries()) {
      if (i === 0) continue;
      expect(run.start - (runs[i - 1]?.end ?? 0)).toBeLessThanOrEqual(20_000);
    }
    expect(runs.length).toBeGreaterThanOrEqual(2);
    await elapse(30_000);
    await instance.close();
  });

  it('reports when the waiting rebuild will start, and the quiet period never passes the maximum wait', async () => {
    const { instance } = scheduler(3000, 10, true, 5000);
    const began = Date.now();
    instance.notify('first');
    expect(Date.parse(instance.state().nextRunAt ?? '') - began).toBe(3000);
    await elapse(2500);
    instance.notify('second');
    // 2.5 + 3 s would pass the 5 s maximum counted from the first notification.
    expect(Date.parse(instance.state().nextRunAt ?? '') - began).toBe(5000);
    await elapse(2500);
    expect(instance.state()).toMatchObject({ waiting: false, nextRunAt: null, started: 1 });
    await elapse(100);
    await instance.close();
  });

  it('a publish during a build gives exactly one more build, right after it', async () => {
    const { instance, runs } = scheduler(3000, 10_000, true, 20_000);
    instance.notify('first');
    await elapse(3000 + 2000);
    expect(instance.state().running).toBe(true);
    instance.notify('during the build');
    // Its quiet period ends 3 s later, while the build still runs: queued, not started.
    await elapse(3500);
    expect(instance.state()).toMatchObject({ running: true, queued: true, started: 1 });
    await elapse(60_000);
    expect(runs).toHaveLength(2);
    // The second build starts as the first ends: the content it must show is already published.
    expect(runs[1]?.start).toBe(runs[0]?.end);
    await instance.close();
  });

  it('tells a listener about every change of state', async () => {
    const seen: string[] = [];
    const instance = createRebuildScheduler({
      quietMs: 100,
      maxWaitMs: 1000,
      rebuild: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 50)),
      log: () => {},
      onChange: (state) =>
        seen.push(state.running ? 'running' : state.waiting ? 'waiting' : state.lastResult ? 'done' : '?'),
    });
    instance.notify('change');
    await elapse(500);
    expect(seen).toEqual(['waiting', 'running', 'done']);
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
