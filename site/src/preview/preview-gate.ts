import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers on every preview answer: never cached, never indexed. */
export const PREVIEW_HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const;

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The `secret` query parameter of a request URL, or null. */
function secretOf(url: string | undefined): string | null {
  return new URL(url ?? '/', 'http://preview.invalid').searchParams.get('secret');
}

type Next = (error?: unknown) => void;

/**
 * A connect middleware that lets a request through only with `?secret=<PREVIEW_SECRET>`: every
 * other request — pages, Vite's modules, files — gets 401, so the dev server behind it shows
 * nothing without the secret. Every answer carries PREVIEW_HEADERS.
 */
export function previewGate(secret: string): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  return (req, res, next) => {
    // Set late too: Vite and Astro write their own Cache-Control, which must not win.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      for (const [name, value] of Object.entries(PREVIEW_HEADERS)) res.setHeader(name, value);
      const headers = args.find((arg) => typeof arg === 'object' && arg !== null) as
        | Record<string, unknown>
        | undefined;
      if (headers)
        for (const name of Object.keys(headers))
          if (/^(cache-control|x-robots-tag)$/i.test(name)) delete headers[name];
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
    const given = secretOf(req.url);
    if (given === null || !sameSecret(given, secret)) {
      res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Preview secret required\n');
      return;
    }
    next();
  };
}
