// The pipeline against the seeded Strapi when the machine, not the content, misbehaves: a build
// SIGKILLed mid-way (the next run sweeps it and breaks its lock), two runs at once (one SITE_ROOT:
// the second is turned away or waits; two SITE_ROOTs from one checkout: both publish), a full disk
// (a small tmpfs), and Strapi down for ~20 s in the middle of a build (the build still publishes).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_SITE_URL } from '../test-harness/setup/provided-context.ts';
import {
  checksum,
  closeProxy,
  leftovers,
  PIPELINE,
  type ProxyState,
  proxyUrl,
  runCli,
  startCli,
  startFaultProxy,
  waitFor,
} from '../test-harness/support/pipeline-harness.ts';

const figures: string[] = [];

/** The step a failed run names, for the figures. */
const failedAt = (output: string) => /failed at:? (\w+)/i.exec(output)?.[1] ?? 'no step named';

function tryMount(dir: string, megabytes: number): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function megabytesOf(dir: string): number {
  const out = execFileSync('du', ['-sm', '--dereference', dir]).toString();
  return Number(out.split(/\s/)[0]);
}

describe('pipeline resilience against a real Strapi', () => {
  const strapi = inject('seededStrapi');
  const state: ProxyState = { fault: 'none' };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-resilience-'));
  const siteRoot = path.join(tmp, 'root-a');
  const otherRoot = path.join(tmp, 'root-b');
  const smallDisk = path.join(tmp, 'small-disk');
  const current = path.join(siteRoot, 'current');
  const lock = path.join(siteRoot, 'pipeline.lock');
  let mounted = false;
  let proxy: http.Server;
  let env: Record<string, string>;

  beforeAll(async () => {
    proxy = await startFaultProxy(strapi.url, state);
    env = {
      STRAPI_URL: proxyUrl(proxy),
      STRAPI_TOKEN: strapi.token,
      SITE_ROOT: siteRoot,
      SITE_URL: TEST_SITE_URL,
      // CMS request limits stay at the defaults (30 s an attempt, 60 s in all): on a shared
      // machine a populated page can take seconds, and these runs must not fail on that.
    };
    const first = await runCli(PIPELINE, env);
    expect(first.code, first.output).toBe(0);
    figures.push(`full run: ${first.ms} ms`);
  }, 300_000);

  afterAll(async () => {
    await closeProxy(proxy);
    if (mounted) execFileSync('umount', [smallDisk]);
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`[pipeline-resilience]\n  ${figures.join('\n  ')}`);
  });

  it('a SIGKILLed build leaves current alone; the next run breaks its lock and sweeps its staging', async () => {
    const before = checksum(current);
    const run = startCli(PIPELINE, env, ['--force']);
    const building = await waitFor(
      () => leftovers(siteRoot).some((name) => name.startsWith('.staging-')),
      240_000,
    );
    expect(building, run.output()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // The whole process group, as a service manager or the OOM killer's cgroup kill does.
    process.kill(-(run.child.pid ?? 0), 'SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(leftovers(siteRoot).length).toBeGreaterThan(0);
    expect(fs.existsSync(lock)).toBe(true);
    expect(checksum(current)).toBe(before);

    const next = await runCli(PIPELINE, env);
    figures.push(`SIGKILL leftovers swept by the next run in ${next.ms} ms`);
    expect(next.code, next.output).toBe(0);
    expect(next.output).toMatch(/swept leftovers of killed runs: .*\.staging-/);
    expect(leftovers(siteRoot)).toEqual([]);
    expect(fs.existsSync(lock)).toBe(false);
    expect(checksum(current)).toBe(before);
  }, 400_000);

  it('two runs at once: the second on one SITE_ROOT is turned away or waits; another SITE_ROOT builds beside it', async () => {
    const a = startCli(PIPELINE, env, ['--force']);
    expect(await waitFor(() => fs.existsSync(lock), 60_000)).toBe(true);
    const holder = JSON.parse(fs.readFileSync(lock, 'utf8'));
    const other = startCli(PIPELINE, { ...env, SITE_ROOT: otherRoot });
    const turnedAway = await runCli(PIPELINE, env);
    figures.push(`second run on a locked SITE_ROOT turned away in ${turnedAway.ms} ms`);
    expect(turnedAway.code).toBe(1);
    expect(turnedAway.output).toMatch(
      new RegExp(
        `pipeline FAILED at lock: Another pipeline run holds \\S+pipeline.lock \\(pid ${holder.pid} on ${os.hostname()}, started `,
      ),
    );
    const waiter = startCli(PIPELINE, { ...env, PIPELINE_LOCK_WAIT_SECONDS: '600' });

    const [doneA, doneOther, waited] = await Promise.all([a.done, other.done, waiter.done]);
    figures.push(`two concurrent builds of two SITE_ROOTs: ${doneA.ms} ms and ${doneOther.ms} ms`);
    expect(doneA.code, doneA.output).toBe(0);
    expect(doneOther.code, doneOther.output).toBe(0);
    expect(doneA.output).not.toContain('Cannot find module');
    expect(doneOther.output).not.toContain('Cannot find module');
    expect(waited.code, waited.output).toBe(0);
    expect(waited.output).toContain('Content unchanged');
    expect(waited.ms).toBeGreaterThan(doneA.ms - 60_000);
    expect(leftovers(siteRoot)).toEqual([]);
    expect(leftovers(otherRoot)).toEqual([]);
  }, 900_000);

  it('a full disk fails the run naming the step, and leaves current byte-identical', async (context) => {
    const buildMb = megabytesOf(current);
    fs.mkdirSync(smallDisk);
    // Room for the served build and a fraction of a new one.
    const problem = tryMount(smallDisk, Math.ceil(buildMb * 1.3) + 2);
    if (problem) context.skip(`cannot mount a tmpfs (needs root): ${problem}`);
    mounted = true;
    const root = path.join(smallDisk, 'site-root');
    fs.mkdirSync(path.join(root, 'builds'), { recursive: true });
    const served = fs.readlinkSync(current);
    for (const name of ['reports', 'published.jsonl'].filter((n) => fs.existsSync(path.join(siteRoot, n))))
      fs.cpSync(path.join(siteRoot, name), path.join(root, name), { recursive: true });
    fs.cpSync(path.join(siteRoot, served), path.join(root, served), { recursive: true });
    fs.symlinkSync(served, path.join(root, 'current'));
    const before = checksum(path.join(root, 'current'));

    const run = await runCli(PIPELINE, { ...env, SITE_ROOT: root }, ['--force']);
    figures.push(
      `disk full (${buildMb} MB build, tmpfs ${Math.ceil(buildMb * 1.3) + 2} MB): detected in ${run.ms} ms (${failedAt(run.output)})`,
    );
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/failed at: (build|verify|publish)[\s\S]*(ENOSPC|no space left|incomplete)/i);
    expect(fs.readlinkSync(path.join(root, 'current'))).toBe(served);
    expect(checksum(path.join(root, 'current'))).toBe(before);
    expect(leftovers(root)).toEqual([]);
  }, 400_000);

  it('a build survives Strapi refusing connections for 20 s in the middle of it', async () => {
    const before = fs.readlinkSync(current);
    state.fault = 'down-window';
    state.downMs = 20_000;
    const run = await runCli(PIPELINE, env, ['--force']);
    state.fault = 'none';
    const started = state.downFrom ?? 0;
    figures.push(`Strapi down 20 s mid-build: published, run ${run.ms} ms`);
    expect(started, 'the window opened during the build').toBeGreaterThan(0);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('pipeline PUBLISHED');
    expect(fs.readlinkSync(current)).not.toBe(before);
  }, 400_000);
});
