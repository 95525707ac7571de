import { createHmac } from 'node:crypto';

/** How long a preview link from the admin stays valid: the admin asks for a fresh one each time it opens the preview. */
export const PREVIEW_LINK_TTL_SECONDS = 30 * 60;

/** One locale of one document, as a preview link names it. */
export interface PreviewTarget {
  /** The content type's singular name (`article`, `site-setting`). */
  type: string;
  documentId: string;
  /** The Strapi locale (`zh-Hans`, `en`). */
  locale: string;
}

/**
 * The HMAC-SHA256 (PREVIEW_SECRET as key) of a target and its expiry, in seconds since the
 * epoch. A copy of site/src/preview/preview-link.ts, which verifies it (compiled CommonJS cannot
 * import the site); preview-link.test.ts fails when the two disagree.
 */
export function previewSignature(secret: string, target: PreviewTarget, expires: number): string {
  return createHmac('sha256', secret)
    .update(['select-shandong preview', target.type, target.documentId, target.locale, expires].join('\n'))
    .digest('base64url');
}

/**
 * The preview server's page of one draft (`/preview/<type>/<documentId>/`, `en/` after it for
 * English), signed for that document and locale until `now` + PREVIEW_LINK_TTL_SECONDS: the link
 * never carries the secret, and opens nothing else.
 */
export function signedPreviewUrl(
  previewUrl: string,
  secret: string,
  target: PreviewTarget,
  now: Date,
): string {
  const lang = target.locale === 'en' ? 'en/' : '';
  const url = new URL(`/preview/${target.type}/${encodeURIComponent(target.documentId)}/${lang}`, previewUrl);
  const expires = Math.floor(now.getTime() / 1000) + PREVIEW_LINK_TTL_SECONDS;
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('signature', previewSignature(secret, target, expires));
  return url.href;
}
