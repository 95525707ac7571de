import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PipelineError } from './errors.ts';
import { acquireSiteLock, isStale, lockFile } from './site-lock.ts';

const roots: string[] = [];
function root(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-lock-'));
  roots.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const options = { waitSeconds: 0, staleAfterMs: 60_000, pollMs: 20 };

const ZOMBIE_PARENT =
  'import os, sys, time\npid = os.fork()\nif pid == 0: os._exit(0)\ntime.sleep(0.2)\nprint(pid, flush=True)\ntime.sleep(30)';

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('acquireSiteLock', () => {
  it('writes pid, host and start time, and removes the lock on release', async () => {
    const dir = root();
    const lock = await acquireSiteLock(dir, options);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: os.hostname(),
    });
    lock.release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('lets exactly one of two racing runs in and names the holder to the other', async () => {
    const dir = root();
    const results = await Promise.allSettled([acquireSiteLock(dir, options), acquireSiteLock(dir, options)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(PipelineError);
    expect(rejected.reason.step).toBe('lock');
    expect(rejected.reason.message).toContain(`pid ${process.pid} on ${os.hostname()}`);
  });

  it('waits for a live holder up to the limit, then takes the lock once it is released', async () => {
    const dir = root();
    const first = await acquireSiteLock(dir, options);
    setTimeout(() => first.release(), 150);
    const started = Date.now();
    const second = await acquireSiteLock(dir, { ...options, waitSeconds: 5 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    second.release();
  });

  it('breaks a lock whose pid is dead on this host', async () => {
    const dir = root();
    const stale = { pid: deadPid(), host: os.hostname(), startedAt: new Date().toISOString() };
    fs.writeFileSync(lockFile(dir), JSON.stringify(stale));
    const lock = await acquireSiteLock(dir, options);
    expect(lock.holder.pid).toBe(process.pid);
    lock.release();
  });

  it('breaks a lock whose process is a zombie (killed, not yet reaped)', async () => {
    const dir = root();
    // A parent that never reaps its exited child, as when a killed run's parent died with it.
    const parent = spawn('python3', ['-c', ZOMBIE_PARENT], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = await new Promise<number>((resolve) =>
      parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString()))),
    );
    try {
      const stale = { pid, host: os.hostname(), startedAt: new Date().toISOString() };
      fs.writeFileSync(lockFile(dir), JSON.stringify(stale));
      (await acquireSiteLock(dir, options)).release();
    } finally {
      parent.kill();
    }
  });

  it('breaks a lock older than the bound, even from another host', async () => {
    const dir = root();
    const old = { pid: 1, host: 'elsewhere', startedAt: new Date(Date.now() - 120_000).toISOString() };
    fs.writeFileSync(lockFile(dir), JSON.stringify(old));
    (await acquireSiteLock(dir, options)).release();
  });

  it('keeps a recent lock of another host', async () => {
    const dir = root();
    const other = { pid: 1, host: 'elsewhere', startedAt: new Date().toISOString() };
    fs.writeFileSync(lockFile(dir), JSON.stringify(other));
    await expect(acquireSiteLock(dir, options)).rejects.toThrow(/pid 1 on elsewhere/);
  });

  it('release leaves a lock that another run took over', async () => {
    const dir = root();
    const lock = await acquireSiteLock(dir, options);
    const other = { pid: 1, host: 'elsewhere', startedAt: new Date().toISOString() };
    fs.writeFileSync(lockFile(dir), JSON.stringify(other));
    lock.release();
    expect(fs.existsSync(lockFile(dir))).toBe(true);
  });
});

describe('isStale', () => {
  it('treats an unreadable lock as stale and a live one as held', () => {
    expect(isStale(null, 1000)).toBe(true);
    const live = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
    expect(isStale(live, 60_000)).toBe(false);
  });

  it('keeps a live holder on this host however old, and ages out one from another host', () => {
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    expect(isStale({ pid: process.pid, host: os.hostname(), startedAt: hourAgo }, 60_000)).toBe(false);
    expect(isStale({ pid: process.pid, host: 'other-host', startedAt: hourAgo }, 60_000)).toBe(true);
    const now = new Date().toISOString();
    expect(isStale({ pid: 1, host: 'other-host', startedAt: now }, 60_000)).toBe(false);
  });
});
