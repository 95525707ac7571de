// The pipeline integration tests' parts: a fault-injecting proxy in front of the real seeded
// Strapi, a byte-level checksum of a served folder, and the pipeline CLIs as child processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT_DIR } from '../../common/paths.ts';

/** What the proxy does to Strapi's answers. */
export type Fault =
  | 'none'
  | 'page-500'
  | 'hang'
  | 'truncated'
  | 'dripped'
  | 'malformed'
  | 'html-200'
  | 'unauthorized'
  | 'bad-slug'
  | 'no-industries'
  | 'no-site-setting-en'
  | 'down-window';

/** The proxy's switchable state; `downUntil` is set when a `down-window` starts. */
export interface ProxyState {
  fault: Fault;
  /** For `down-window`: how long connections are refused once the site build's first request arrives. */
  downMs?: number;
  downUntil?: number;
  /** When the window started (ms since epoch), for the test's figures. */
  downFrom?: number;
}

interface ProxyBody {
  data?: Array<{ slug?: string }> | { slug?: string } | null;
  meta?: { pagination?: { total?: number; pageCount?: number } };
}

/** Rewrites one JSON answer according to the fault. */
function rewrite(fault: Fault, pathname: string, body: ProxyBody): ProxyBody {
  if (
    fault === 'bad-slug' &&
    pathname.startsWith('/api/articles') &&
    Array.isArray(body.data) &&
    body.data[0]
  )
    body.data[0].slug = 'BAD SLUG';
  if (fault === 'no-industries' && pathname.startsWith('/api/industries') && Array.isArray(body.data)) {
    body.data = [];
    if (body.meta?.pagination) body.meta.pagination = { ...body.meta.pagination, total: 0, pageCount: 1 };
  }
  return body;
}

/** Answers the request itself for faults that replace Strapi's answer; false to forward it. */
function answerFault(state: ProxyState, url: URL, res: http.ServerResponse): boolean {
  const json = { 'content-type': 'application/json' };
  switch (state.fault) {
    case 'hang': {
      const timer = setTimeout(() => res.writeHead(504).end(), 4000);
      res.on('close', () => clearTimeout(timer));
      return true;
    }
    case 'page-500':
      if (url.pathname !== '/api/articles' || url.searchParams.get('pagination[page]') !== '2') return false;
      res.writeHead(500, json).end('{"error":{"message":"injected"}}');
      return true;
    case 'truncated':
      res.writeHead(200, { ...json, 'content-length': '4000' });
      res.write('{"data":[{"documentId":"a');
      setTimeout(() => res.destroy(), 20);
      return true;
    case 'dripped': {
      res.writeHead(200, json);
      res.write('{"data":[');
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
      return true;
    }
    case 'malformed':
      res.writeHead(200, json).end('{"data":[{"documentId":');
      return true;
    case 'html-200':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Bad gateway page</body></html>');
      return true;
    case 'unauthorized':
      res.writeHead(401, json).end('{"error":{"message":"Missing or invalid credentials"}}');
      return true;
    case 'no-site-setting-en':
      if (url.pathname !== '/api/site-setting' || url.searchParams.get('locale') !== 'en') return false;
      res.writeHead(404, json).end('{"data":null,"error":{"status":404,"message":"Not Found"}}');
      return true;
    default:
      return false;
  }
}

function forward(target: URL, state: ProxyState, req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', target);
  const headers = { ...req.headers, host: target.host, 'accept-encoding': 'identity' };
  const upstream = http.request(
    { host: target.hostname, port: target.port, path: req.url, method: req.method, headers },
    (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        let body = Buffer.concat(chunks);
        if (url.pathname.startsWith('/api/') && answer.statusCode === 200 && state.fault !== 'none') {
          const parsed = JSON.parse(body.toString('utf8')) as ProxyBody;
          body = Buffer.from(JSON.stringify(rewrite(state.fault, url.pathname, parsed)));
        }
        const outHeaders = { ...answer.headers, 'content-length': String(body.length) };
        delete outHeaders['transfer-encoding'];
        res.writeHead(answer.statusCode ?? 502, outHeaders).end(body);
      });
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

/** True while a `down-window` fault refuses connections; the site build's first request opens it. */
function isDown(state: ProxyState, req: http.IncomingMessage): boolean {
  if (state.fault !== 'down-window') return false;
  const now = Date.now();
  const url = req.url ?? '';
  if (state.downUntil === undefined && url.startsWith('/api/') && !url.includes('fields[0]')) {
    state.downFrom = now;
    state.downUntil = now + (state.downMs ?? 20_000);
  }
  return state.downUntil !== undefined && now < state.downUntil;
}

/** A proxy in front of Strapi on 127.0.0.1 that injects `state.fault` into answers. */
export function startFaultProxy(target: string, state: ProxyState): Promise<http.Server> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    if (isDown(state, req)) {
      // As a restarting Strapi: the connection is dropped without an answer.
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', target);
    if (url.pathname.startsWith('/api/') && answerFault(state, url, res)) return;
    forward(upstream, state, req, res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The proxy's base URL. */
export function proxyUrl(server: http.Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes the proxy, dropping connections a fault holds open. */
export function closeProxy(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** sha256 over every file's path and bytes below `dir` (symlinks followed). */
export function checksum(dir: string): string {
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

/** The result of one CLI run. */
export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  ms: number;
}

/** The pipeline CLI. */
export const PIPELINE = 'scripts/operations/pipeline/cli.ts';
/** The rollback CLI. */
export const ROLLBACK = 'scripts/operations/pipeline/rollback-cli.ts';

/** A running CLI: its process (a group leader, so the whole tree can be killed) and its end. */
export interface RunningCli {
  child: ChildProcess;
  output: () => string;
  done: Promise<RunResult>;
}

/** Starts a CLI as a child process in its own process group. */
export function startCli(script: string, env: Record<string, string>, args: string[] = []): RunningCli {
  const started = Date.now();
  const child = spawn(path.join(ROOT_DIR, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const append = (text: string) => {
    output += text;
  };
  // setEncoding decodes across chunks (a StringDecoder), so a Chinese message is never cut into U+FFFD.
  child.stdout?.setEncoding('utf8').on('data', append);
  child.stderr?.setEncoding('utf8').on('data', append);
  const done = new Promise<RunResult>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output, ms: Date.now() - started })),
  );
  return { child, output: () => output, done };
}

/** Runs a CLI and waits for it (bounded by the test timeout). */
export function runCli(script: string, env: Record<string, string>, args: string[] = []): Promise<RunResult> {
  return startCli(script, env, args).done;
}

/** Polls `check` every 100 ms until it is true or `timeoutMs` passes; returns whether it became true. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

/** The dot-entries (staging, scratch, warnings) below `builds/`. */
export function leftovers(siteRoot: string): string[] {
  const builds = path.join(siteRoot, 'builds');
  return fs.existsSync(builds) ? fs.readdirSync(builds).filter((name) => name.startsWith('.')) : [];
}
