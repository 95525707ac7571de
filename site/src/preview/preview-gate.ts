import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LinkRefusal, previewTargetOf, sameValue, verifyPreviewLink } from './preview-link.ts';

/** Headers on every preview answer: never cached, never indexed. */
export const PREVIEW_HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const;

/** The cookie that lets a previewed page's own scripts and styles through the gate. */
const COOKIE = 'site_preview';

/** What the editor reads when a link opens nothing: what to do next. */
const REFUSALS: Record<LinkRefusal | 'no cookie', string> = {
  'not a preview page': '此地址不是预览页面。This is not a preview page.',
  unsigned:
    '预览链接不完整：请在后台重新打开预览。The preview link is incomplete: open the preview again in the admin.',
  expired:
    '预览链接已过期：请在后台重新打开预览。The preview link has expired: open the preview again in the admin.',
  'wrong signature':
    '预览链接无效：请在后台重新打开预览。The preview link is not valid: open the preview again in the admin.',
  'no cookie': '请从后台打开预览。Open the preview from the admin.',
};

/** The cookie's value for an expiry: the expiry and its HMAC, so it never carries the secret and cannot be extended. */
function cookieValue(secret: string, expires: number): string {
  const mac = createHmac('sha256', secret).update(`${COOKIE}\n${expires}`).digest('base64url');
  return `${expires}.${mac}`;
}

/** True when the request carries a preview cookie the gate set that has not expired. */
function hasValidCookie(req: IncomingMessage, secret: string, now: Date): boolean {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== COOKIE) continue;
    const value = rest.join('=');
    const expires = Number(value.split('.')[0]);
    if (!Number.isSafeInteger(expires) || expires * 1000 <= now.getTime()) return false;
    return sameValue(value, cookieValue(secret, expires), secret);
  }
  return false;
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
 * A connect middleware in front of the whole preview server. A preview page
 * (`/preview/<type>/<documentId>/[en/]`) passes only with a link signed for that very document
 * and locale and not yet expired (preview-link.ts), and sets a cookie that expires with the link,
 * so the page's own scripts and styles load too; any other request (Vite's modules, files, the
 * published pages the preview links to) passes with that cookie. Everything else gets 401.
 */
export function previewGate(
  secret: string,
  clock: () => Date = () => new Date(),
): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  return (req, res, next) => {
    forcePreviewHeaders(res);
    const now = clock();
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    let refusal: LinkRefusal | 'no cookie';
    if (previewTargetOf(url.pathname)) {
      const link = verifyPreviewLink(secret, url, now);
      if ('target' in link) {
        const maxAge = link.expires - Math.floor(now.getTime() / 1000);
        res.setHeader(
          'Set-Cookie',
          `${COOKIE}=${cookieValue(secret, link.expires)}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict; Path=/`,
        );
        next();
        return;
      }
      refusal = link.refused;
    } else {
      if (hasValidCookie(req, secret, now)) {
        next();
        return;
      }
      refusal = 'no cookie';
    }
    res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${REFUSALS[refusal]}\n`);
  };
}
