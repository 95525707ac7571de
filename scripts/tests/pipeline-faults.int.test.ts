// The pipeline against the seeded Strapi, through a small fault-injecting proxy: one good publish,
// an unchanged run that exits early, then each fault must fail with a clear message and leave the
// served folder byte-identical; last, a forced second build is rolled back to the first, byte for byte.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../src/paths.ts';
import { TEST_SITE_URL } from './setup/seeded-strapi.global.ts';

type Fault = 'none' | 'page-500' | 'hang' | 'bad-slug' | 'few-articles';

interface ProxyBody {
  data?: Array<{ slug?: string }> | { slug?: string };
}

/** Rewrites one JSON answer according to the fault. */
function rewrite(fault: Fault, pathname: string, body: ProxyBody): ProxyBody {
  if (!Array.isArray(body.data) || !pathname.startsWith('/api/articles')) return body;
  if (fault === 'bad-slug' && body.data[0]) body.data[0].slug = 'BAD SLUG';
  if (fault === 'few-articles') body.data = body.data.slice(0, 1);
  return body;
}

/** A proxy in front of Strapi on 127.0.0.1 that injects `state.fault` into answers. */
function startFaultProxy(target: string, state: { fault: Fault }): Promise<http.Server> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', target);
    const isApi = url.pathname.startsWith('/api/');
    if (state.fault === 'hang' && isApi) {
      // Hold the answer well past STRAPI_TIMEOUT_MS, bounded so the server can close.
      const timer = setTimeout(() => res.writeHead(504).end(), 4000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (
      state.fault === 'page-500' &&
      url.pathname === '/api/articles' &&
      url.searchParams.get('pagination[page]') === '2'
    ) {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"injected"}}');
      return;
    }
    const headers = { ...req.headers, host: upstream.host, 'accept-encoding': 'identity' };
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          let body = Buffer.concat(chunks);
          if (isApi && answer.statusCode === 200 && state.fault !== 'none') {
            body = Buffer.from(
              JSON.stringify(rewrite(state.fault, url.pathname, JSON.parse(body.toString('utf8')))),
            );
          }
          const outHeaders = { ...answer.headers, 'content-length': String(body.length) };
          delete outHeaders['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 502, outHeaders).end(body);
        });
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** sha256 over every file's path and bytes below `dir` (symlinks followed). */
function checksum(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const name of fs.readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else hash.update(`${path.relative(dir, full)}\0`).update(fs.readFileSync(full));
    }
  };
  walk(fs.realpathSync(dir));
  return hash.digest('hex');
}

interface RunResult {
  code: number | null;
  output: string;
  ms: number;
}

/** Runs `pnpm pipeline`'s CLI as a child process and waits for it (bounded by the test timeout). */
function runCli(script: string, env: Record<string, string>, args: string[] = []): Promise<RunResult> {
  const started = Date.now();
  const child = spawn(path.join(ROOT_DIR, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ code, output, ms: Date.now() - started })),
  );
}

const PIPELINE = 'scripts/src/pipeline/cli.ts';
const ROLLBACK = 'scripts/src/pipeline/rollback-cli.ts';

describe('pipeline against a real Strapi', () => {
  const strapi = inject('seededStrapi');
  const state: { fault: Fault } = { fault: 'none' };
  const siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-pipeline-'));
  const current = path.join(siteRoot, 'current');
  let proxy: http.Server;
  let env: Record<string, string>;
  let first: RunResult;

  beforeAll(async () => {
    proxy = await startFaultProxy(strapi.url, state);
    const { port } = proxy.address() as AddressInfo;
    env = {
      STRAPI_URL: `http://127.0.0.1:${port}`,
      STRAPI_TOKEN: strapi.token,
      SITE_ROOT: siteRoot,
      SITE_URL: TEST_SITE_URL,
      STRAPI_TIMEOUT_MS: '800',
    };
    first = await runCli(PIPELINE, env);
    console.log(`[pipeline] full run: ${first.ms} ms`);
  }, 240_000);

  afterAll(async () => {
    await new Promise((resolve) => proxy.close(resolve));
    fs.rmSync(siteRoot, { recursive: true, force: true });
  });

  it('publishes a verified build behind an atomic `current` link, with a report', () => {
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('pipeline PUBLISHED');
    expect(fs.lstatSync(current).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(current, 'index.html'))).toBe(true);
    const report = JSON.parse(fs.readFileSync(path.join(siteRoot, 'last-run.json'), 'utf8'));
    expect(report.status).toBe('published');
    expect(report.fingerprint.counts['articles/zh-Hans']).toBeGreaterThan(10);
    expect(report.pageCount).toBeGreaterThan(100);
    expect(report.searchHits).toBeGreaterThan(0);
    expect(Object.keys(report.timingsMs)).toEqual(
      expect.arrayContaining(['fingerprint', 'build', 'verify', 'publish']),
    );
    expect(fs.readFileSync(path.join(siteRoot, 'last-run.txt'), 'utf8')).toContain(
      'documents: articles/zh-Hans=',
    );
  });

  it('exits early when the content fingerprint is unchanged', async () => {
    const before = checksum(current);
    const run = await runCli(PIPELINE, env);
    console.log(`[pipeline] no-change run: ${run.ms} ms`);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('Content unchanged');
    expect(checksum(current)).toBe(before);
  });

  const faults: Array<{ name: string; fault: Fault; extraEnv?: Record<string, string>; message: RegExp }> = [
    {
      name: 'CMS down',
      fault: 'none',
      extraEnv: { STRAPI_URL: 'http://127.0.0.1:9' },
      message: /failed at: fingerprint[\s\S]*cannot connect/,
    },
    {
      name: 'a 500 on page 2 of articles',
      fault: 'page-500',
      extraEnv: { PIPELINE_PAGE_SIZE: '5' },
      message: /pagination\[page\]=2.*HTTP 500/,
    },
    { name: 'a timeout', fault: 'hang', message: /no answer within 800 ms/ },
    { name: 'an invalid document', fault: 'bad-slug', message: /failed at: build[\s\S]*slug/ },
    { name: 'a sharp count drop', fault: 'few-articles', message: /count dropped from \d+ to \d+/ },
  ];

  for (const { name, fault, extraEnv, message } of faults) {
    it(`fails on ${name} and leaves the served folder byte-identical`, async () => {
      const link = fs.readlinkSync(current);
      const before = checksum(current);
      state.fault = fault;
      const run = await runCli(PIPELINE, { ...env, ...extraEnv });
      state.fault = 'none';
      console.log(`[pipeline] ${name}: detected in ${run.ms} ms`);
      expect(run.code, run.output).toBe(1);
      expect(run.output).toMatch(message);
      expect(run.output).toContain('what to do:');
      expect(fs.readlinkSync(current)).toBe(link);
      expect(checksum(current)).toBe(before);
      expect(fs.readdirSync(path.join(siteRoot, 'builds')).filter((n) => n.startsWith('.'))).toEqual([]);
    }, 120_000);
  }

  it('rolls a forced second build back to the first, byte for byte, and no further', async () => {
    const firstLink = fs.readlinkSync(current);
    const firstSum = checksum(current);
    const forced = await runCli(PIPELINE, env, ['--force']);
    expect(forced.code, forced.output).toBe(0);
    expect(fs.readlinkSync(current)).not.toBe(firstLink);
    expect(fs.readdirSync(path.join(siteRoot, 'builds'))).toHaveLength(2);

    const back = await runCli(ROLLBACK, { SITE_ROOT: siteRoot });
    expect(back.code, back.output).toBe(0);
    expect(fs.readlinkSync(current)).toBe(firstLink);
    expect(checksum(current)).toBe(firstSum);

    const again = await runCli(ROLLBACK, { SITE_ROOT: siteRoot });
    expect(again.code).toBe(1);
    expect(again.output).toContain('nothing earlier to roll back to');
    expect(fs.readlinkSync(current)).toBe(firstLink);
  }, 120_000);
});
