import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PipelineError } from './errors.ts';

/** Who holds a SITE_ROOT's lock (the contents of `pipeline.lock`). */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/** How to take the lock. */
export interface LockOptions {
  /** Wait this long for a running holder to finish (PIPELINE_LOCK_WAIT_SECONDS); 0 fails at once. */
  waitSeconds: number;
  /** A lock older than this is stale whoever holds it (a hung or lost host). */
  staleAfterMs: number;
  /** How often to look again while waiting. */
  pollMs?: number;
}

/** A held lock; `release` removes it only if it is still ours. */
export interface SiteLock {
  file: string;
  holder: LockHolder;
  release(): void;
}

/** The lock file of a SITE_ROOT. */
export function lockFile(root: string): string {
  return path.join(root, 'pipeline.lock');
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return typeof holder.pid === 'number' ? holder : null;
  } catch {
    return null;
  }
}

/** A killed process whose parent has not reaped it yet still answers kill(0); on Linux it is a zombie. */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * True when the holder cannot be running any more. On this host the pid decides (a long build
 * that is still running keeps its lock, however old); a lock from another host, whose pid cannot
 * be checked, is stale once older than `staleAfterMs`.
 */
export function isStale(holder: LockHolder | null, staleAfterMs: number, now = Date.now()): boolean {
  // An unreadable lock is one whose writer died between create and write.
  if (!holder) return true;
  if (holder.host === os.hostname()) return !processAlive(holder.pid);
  const age = now - Date.parse(holder.startedAt);
  return !(age < staleAfterMs);
}

function tryCreate(file: string, holder: LockHolder): boolean {
  try {
    // O_EXCL: exactly one of two racing runs creates the file.
    fs.writeFileSync(file, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes a stale lock, unless another run replaced it since it was read. */
function breakStale(file: string, seen: LockHolder | null): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readHolder(aside);
  if (moved && seen && (moved.pid !== seen.pid || moved.startedAt !== seen.startedAt)) {
    // Someone took the lock between our read and the rename: put theirs back if we can.
    try {
      fs.linkSync(aside, file);
    } catch {
      // They will notice nothing: their own release only removes a lock that is theirs.
    }
  }
  fs.rmSync(aside, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describeHolder(holder: LockHolder | null): string {
  return holder
    ? `pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}`
    : 'an unreadable lock file';
}

/**
 * Takes `SITE_ROOT/pipeline.lock` (pid, host, start time) atomically, breaking a stale one; waits
 * up to `waitSeconds` for a live holder, then fails with a PipelineError naming it.
 */
export async function acquireSiteLock(root: string, options: LockOptions): Promise<SiteLock> {
  const file = lockFile(root);
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  const deadline = Date.now() + options.waitSeconds * 1000;
  for (;;) {
    if (tryCreate(file, holder)) break;
    const other = readHolder(file);
    if (isStale(other, options.staleAfterMs)) {
      breakStale(file, other);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new PipelineError(
        'lock',
        `Another pipeline run holds ${file} (${describeHolder(other)}); waited ${options.waitSeconds} s.`,
        'Let that run finish (or raise PIPELINE_LOCK_WAIT_SECONDS to wait for it); if no such process runs, delete the lock file.',
      );
    }
    await sleep(Math.min(options.pollMs ?? 500, Math.max(1, deadline - Date.now())));
  }
  return {
    file,
    holder,
    release() {
      const now = readHolder(file);
      if (now && now.pid === holder.pid && now.startedAt === holder.startedAt)
        fs.rmSync(file, { force: true });
    },
  };
}
