import { qrCodeSvg } from '../lib/qr-code.ts';

// The bar on top of every draft preview: it says the page is a draft and where it will live.
// Only the preview's middleware adds it, after rendering, so no static page can contain it.

let pending: string | null = null;

/** Remembers the public URL of the draft being rendered, for the middleware to show. */
export function setPreviewBanner(publicUrl: string | null): void {
  pending = publicUrl;
}

/** The public URL set for the page just rendered, cleared for the next one. */
export function takePreviewBanner(): string | null {
  const url = pending;
  pending = null;
  return url;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The banner's markup: the page's public URL as a link and a QR code (the site's own qrcode
 * dependency, inline SVG), styled with the site's own utility classes only — the CSP forbids
 * inline styles, and classes no static page uses would not be in its stylesheet.
 */
export async function previewBannerHtml(publicUrl: string): Promise<string> {
  const url = escapeHtml(publicUrl);
  const qr = await qrCodeSvg(publicUrl, '发布后页面地址的二维码');
  return (
    '<div data-preview-banner role="note" class="flex items-center gap-4 border-b border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-800">' +
    `<div class="h-32 w-32 shrink-0">${qr}</div>` +
    '<p><strong>草稿预览</strong>：本页尚未发布，只有持预览链接者可见。发布后的页面地址：' +
    `<a href="${url}" class="break-all text-red-800 underline">${url}</a></p>` +
    '</div>'
  );
}

/** `html` with the banner right after its `<body …>` tag (unchanged when it has none). */
export async function withPreviewBanner(html: string, publicUrl: string): Promise<string> {
  const body = html.search(/<body[\s>]/i);
  const end = body < 0 ? -1 : html.indexOf('>', body);
  if (end < 0) return html;
  return html.slice(0, end + 1) + (await previewBannerHtml(publicUrl)) + html.slice(end + 1);
}
