import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers on every preview answer: never cached, never indexed. */
export const PREVIEW_HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const;

/** The cookie that lets a previewed page's own scripts and styles through the gate. */
const COOKIE = 'site_preview';

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(given), sha256(expected));
}

/** The cookie's value: derived from the secret, so the cookie never carries the secret itself. */
function cookieValue(secret: string): string {
  return sha256(`${COOKIE}:${secret}`).toString('base64url');
}

/** The `secret` query parameter of a request URL, or null. */
function secretOf(url: string | undefined): string | null {
  return new URL(url ?? '/', 'http://preview.invalid').searchParams.get('secret');
}

/** The preview cookie of a request, or null. */
function cookieOf(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return null;
}

/** Puts PREVIEW_HEADERS on every answer, over whatever Vite or Astro write later. */
function forcePreviewHeaders(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const [name, value] of Object.entries(PREVIEW_HEADERS)) res.setHeader(name, value);
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null);
    if (headers && !Array.isArray(headers)) {
      for (const name of Object.keys(headers)) {
        if (/^(cache-control|x-robots-tag)$/i.test(name)) Reflect.deleteProperty(headers, name);
      }
    }
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

type Next = (error?: unknown) => void;

/**
 * A connect middleware in front of the whole preview server: a request with
 * `?secret=<PREVIEW_SECRET>` passes and sets an HttpOnly cookie, so the previewed page's own
 * scripts and styles load too; a request with that cookie passes; everything else — pages, Vite's
 * modules, files — gets 401. Both checks compare in constant time.
 */
export function previewGate(secret: string): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const expectedCookie = cookieValue(secret);
  return (req, res, next) => {
    forcePreviewHeaders(res);
    const given = secretOf(req.url);
    if (given !== null && sameSecret(given, secret)) {
      res.setHeader('Set-Cookie', `${COOKIE}=${expectedCookie}; HttpOnly; SameSite=Strict; Path=/`);
      next();
      return;
    }
    const cookie = cookieOf(req);
    if (given === null && cookie !== null && sameSecret(cookie, expectedCookie)) {
      next();
      return;
    }
    res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Preview secret required\n');
  };
}
