// Which link and image URLs in editor markdown survive sanitizing. The WHATWG URL parser decides,
// as the browser would, so obfuscations (`java\tscript:`, `/\host`, entity-encoded schemes) resolve
// to what they really are before the decision.

/** Schemes each tag may point at; relative URLs are allowed for both. */
export const ALLOWED_SCHEMES: Record<'a' | 'img', readonly string[]> = {
  a: ['http:', 'https:', 'mailto:', 'tel:'],
  img: ['http:', 'https:'],
};

// A base no real URL has: whatever resolves onto it was relative (a path on this site).
const RELATIVE_BASE = 'https://relative.invalid/';
// `//host`, `/\host`, `\\host`: protocol-relative, i.e. another host, whatever the scheme.
const PROTOCOL_RELATIVE = /^[\\/]{2}/;
/** The value without the leading C0 controls and spaces browsers ignore before a URL. */
function withoutLeadingControls(value: string): string {
  let start = 0;
  while (start < value.length && value.charCodeAt(start) <= 0x20) start += 1;
  return value.slice(start);
}

/** Why a URL is not allowed on `tag`, or null when it may stay. */
export function urlRejection(
  tag: 'a' | 'img',
  value: string,
  imageOrigins: readonly string[],
): string | null {
  if (PROTOCOL_RELATIVE.test(withoutLeadingControls(value))) return 'protocol-relative URL';
  let url: URL;
  try {
    url = new URL(value, RELATIVE_BASE);
  } catch {
    return 'unparsable URL';
  }
  if (url.origin === new URL(RELATIVE_BASE).origin) return null;
  if (!ALLOWED_SCHEMES[tag].includes(url.protocol)) return `scheme ${url.protocol} not allowed`;
  if (tag === 'img' && !imageOrigins.includes(url.origin))
    return `host ${url.host} is not an allowed media origin`;
  return null;
}
