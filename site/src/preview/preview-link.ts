import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CmsLocale } from '@select-shandong/shared-types';

/** One locale of one document, as a preview link names it. */
export interface PreviewTarget {
  /** The content type's singular name (`article`, `site-setting`). */
  type: string;
  documentId: string;
  locale: CmsLocale;
}

/** Why a preview link opens nothing, in words for the editor who followed it. */
export type LinkRefusal = 'not a preview page' | 'unsigned' | 'expired' | 'wrong signature';

/**
 * The HMAC-SHA256 (PREVIEW_SECRET as key) of a target and its expiry in seconds since the epoch;
 * the CMS signs with its copy (cms/src/preview/preview-link.ts), held to this one by its test.
 */
export function previewSignature(secret: string, target: PreviewTarget, expires: number): string {
  return createHmac('sha256', secret)
    .update(['select-shandong preview', target.type, target.documentId, target.locale, expires].join('\n'))
    .digest('base64url');
}

/** The target a preview page's path names (`/preview/<type>/<documentId>/[en/]`), or null for any other path. */
export function previewTargetOf(pathname: string): PreviewTarget | null {
  const match = /^\/preview\/([a-z-]+)\/([^/]+)\/(?:(en)\/?)?$/.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  const locale: CmsLocale = match[3] === 'en' ? 'en' : 'zh-Hans';
  try {
    return { type: match[1], documentId: decodeURIComponent(match[2]), locale };
  } catch {
    return null; // a malformed escape is no document's id
  }
}

/** Compares two strings in constant time (HMAC first, so the lengths are equal). */
export function sameValue(given: string, expected: string, key: string): boolean {
  const mac = (value: string) => createHmac('sha256', key).update(value).digest();
  return timingSafeEqual(mac(given), mac(expected));
}

/**
 * Checks a preview page's URL: signed with PREVIEW_SECRET for exactly this type, document and
 * locale, and not expired at `now`. Returns the target and the link's expiry, or why it is refused.
 */
export function verifyPreviewLink(
  secret: string,
  url: URL,
  now: Date,
): { target: PreviewTarget; expires: number } | { refused: LinkRefusal } {
  const target = previewTargetOf(url.pathname);
  if (!target) return { refused: 'not a preview page' };
  const expiresText = url.searchParams.get('expires');
  const signature = url.searchParams.get('signature');
  if (!expiresText || !signature) return { refused: 'unsigned' };
  const expires = Number(expiresText);
  if (!/^\d+$/.test(expiresText) || !Number.isSafeInteger(expires)) return { refused: 'wrong signature' };
  // The signature first, so an expired link tells nothing about a forged one.
  if (!sameValue(signature, previewSignature(secret, target, expires), secret)) {
    return { refused: 'wrong signature' };
  }
  if (expires * 1000 <= now.getTime()) return { refused: 'expired' };
  return { target, expires };
}

/** A signed link to one target's preview page, valid for `ttlSeconds` from `now` (tests, the warm-up request). */
export function signedPreviewPath(
  secret: string,
  target: PreviewTarget,
  now: Date,
  ttlSeconds: number,
): string {
  const lang = target.locale === 'en' ? 'en/' : '';
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const query = new URLSearchParams({
    expires: String(expires),
    signature: previewSignature(secret, target, expires),
  });
  return `/preview/${target.type}/${encodeURIComponent(target.documentId)}/${lang}?${query}`;
}
