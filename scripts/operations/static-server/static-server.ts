import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

type RequestHandler = ReturnType<typeof sirv>;

/** A static file server on 127.0.0.1: its URL and how to close it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Answers a miss with the site's own 404.html (as a static host does), or a plain "Not found". */
function sendNotFound(root: string, response: http.ServerResponse): void {
  const notFound = path.join(root, '404.html');
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
}

/** Pagefind's index files have no registered type; browsers fetch them as bytes. */
function setFallbackType(response: http.ServerResponse, pathname: string): void {
  if (!path.extname(pathname).startsWith('.pf_')) return;
  response.setHeader('content-type', 'application/octet-stream');
}

/** A sirv handler for `root`: `/a/` → `/a/index.html`, read from disk on every request. */
function handlerFor(root: string): RequestHandler {
  // `dev` makes sirv look files up per request instead of listing the folder once, so a rebuild
  // that replaces files (or a `getRoot` that switches folders) is served without a restart.
  return sirv(root, {
    dev: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: setFallbackType,
    onNoMatch: (_request, response) => sendNotFound(root, response),
  });
}

/**
 * Serves the folder `root` as a static host would (`/a/` → `/a/index.html`, 404.html for misses).
 * `getRoot` lets a caller switch folders atomically between requests.
 */
export async function serveStatic(getRoot: () => string, port = 0): Promise<StaticServer> {
  let current: { root: string; handle: RequestHandler } | undefined;
  const server = http.createServer((request, response) => {
    const root = path.resolve(getRoot());
    if (current?.root !== root) current = { root, handle: handlerFor(root) };
    current.handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
