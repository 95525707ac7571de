import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CmsError } from './errors.ts';
import { getJson, nextDelayMs, type RequestOptions } from './request.ts';

type Handler = (res: http.ServerResponse, index: number) => void;
let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = undefined;
});

/** A server whose n-th answer is written by `handlers[n]` (the last one repeats). */
async function serve(...handlers: Handler[]): Promise<{ url: string; count: () => number }> {
  let index = 0;
  server = http.createServer((_req, res) => {
    const handler = handlers[Math.min(index, handlers.length - 1)];
    handler?.(res, index++);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/x`, count: () => index };
}

const options: RequestOptions = { token: 't', timeoutMs: 300, retryBudgetMs: 2_000, baseDelayMs: 10 };
const good: Handler = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');

const bad: Record<string, Handler> = {
  truncated: (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"data":[');
    setTimeout(() => res.destroy(), 20);
  },
  dripped: (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"data":[');
    const timer = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(timer));
  },
  malformed: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[}'),
  'HTML with 200': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy</html>'),
};

describe('getJson', () => {
  for (const [name, handler] of Object.entries(bad)) {
    it(`retries a ${name} body like a 5xx`, async () => {
      const { url, count } = await serve(handler, good);
      expect(await getJson(url, options)).toEqual({ data: [] });
      expect(count()).toBe(2);
    });
  }

  it('names URL, reason and the true attempt count when the budget is spent', async () => {
    const { url, count } = await serve(bad.malformed as Handler);
    const error = await getJson(url, { ...options, retryBudgetMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsError);
    const message = (error as CmsError).message;
    expect(message).toContain(`GET ${url}`);
    expect(message).toContain('body is not JSON');
    expect(message).toContain(`gave up after ${count()} attempts`);
    expect(count()).toBeGreaterThan(2);
  });

  it('fails a 401 at once and says 1 attempt', async () => {
    const { url, count } = await serve((res) => res.writeHead(401).end('{"error":{"message":"no"}}'));
    await expect(getJson(url, options)).rejects.toThrow(/HTTP 401[\s\S]*not retried; 1 attempt in/);
    expect(count()).toBe(1);
  });

  it('honours Retry-After', async () => {
    const { url } = await serve((res) => res.writeHead(503, { 'retry-after': '1' }).end(), good);
    const started = Date.now();
    await getJson(url, options);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe('nextDelayMs', () => {
  it('doubles, caps at maxDelayMs, and stops when the budget is spent', () => {
    const o = { ...options, baseDelayMs: 500, maxDelayMs: 5_000, retryBudgetMs: 60_000 };
    expect([0, 1, 2, 3, 4, 5].map((retry) => nextDelayMs(o, retry, 0))).toEqual([
      500, 1000, 2000, 4000, 5000, 5000,
    ]);
    expect(nextDelayMs(o, 3, 59_000)).toBe(1000);
    expect(nextDelayMs(o, 3, 60_000)).toBeNull();
    expect(nextDelayMs({ ...o, retries: 2 }, 2, 0)).toBeNull();
  });
});
