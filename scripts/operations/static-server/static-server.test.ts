import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from './static-server.ts';

let base: string;
let root: string;
let server: StaticServer;

/** GETs a raw request path (not normalised, as `fetch` would) and resolves with status and body. */
function getRaw(rawPath: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.url}/`, { path: rawPath, timeout: 5000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          type: String(response.headers['content-type'] ?? ''),
        }),
      );
    });
    request.on('timeout', () => request.destroy(new Error(`no answer for ${rawPath}`)));
    request.on('error', reject);
  });
}

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
  root = path.join(base, 'site');
  fs.mkdirSync(path.join(root, 'en', 'cities'), { recursive: true });
  fs.mkdirSync(path.join(root, 'pagefind'));
  fs.writeFileSync(path.join(root, 'index.html'), '<p>首页</p>');
  fs.writeFileSync(path.join(root, 'en', 'cities', 'index.html'), '<p>Cities</p>');
  fs.writeFileSync(path.join(root, '404.html'), '<p>Page not found</p>');
  fs.writeFileSync(path.join(root, 'pagefind', 'en.pf_meta'), 'meta');
  // A file beside the served folder that no request may reach.
  fs.writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
  server = await serveStatic(() => root);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('serves a folder’s index.html for `/` and for a trailing-slash path', async () => {
    expect(await getRaw('/')).toMatchObject({ status: 200, body: '<p>首页</p>' });
    const cities = await getRaw('/en/cities/');
    expect(cities).toMatchObject({ status: 200, body: '<p>Cities</p>' });
    expect(cities.type).toMatch(/^text\/html/);
    expect(await getRaw('/en/cities/?page=2')).toMatchObject({ status: 200, body: '<p>Cities</p>' });
  });

  it('answers a missing page with 404 and the site’s 404.html', async () => {
    expect(await getRaw('/en/no-such-page/')).toEqual({
      status: 404,
      body: '<p>Page not found</p>',
      type: 'text/html; charset=utf-8',
    });
  });

  it('answers a malformed percent-encoding with 404 instead of hanging', async () => {
    expect((await getRaw('/%E0%A4%A')).status).toBe(404);
    expect((await getRaw('/en/%ZZ/')).status).toBe(404);
  });

  it('never serves a file outside the folder, however the path climbs', async () => {
    for (const climb of [
      '/../secret.txt',
      '/en/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
    ]) {
      const answer = await getRaw(climb);
      expect(answer.status, climb).toBe(404);
      expect(answer.body, climb).not.toContain('do not serve');
    }
  });

  it('serves Pagefind’s index files as bytes', async () => {
    expect(await getRaw('/pagefind/en.pf_meta')).toEqual({
      status: 200,
      body: 'meta',
      type: 'application/octet-stream',
    });
  });

  it('follows `getRoot` when it switches folders between requests', async () => {
    const other = path.join(base, 'other');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'index.html'), '<p>new build</p>');
    let current = root;
    const switching = await serveStatic(() => current);
    try {
      expect(await (await fetch(`${switching.url}/`)).text()).toBe('<p>首页</p>');
      current = other;
      expect(await (await fetch(`${switching.url}/`)).text()).toBe('<p>new build</p>');
    } finally {
      await switching.close();
    }
  });
});
