// Strapi's local upload provider stores a relative `url` (`/uploads/x.png`), S3 and CDNs an absolute
// one. The build fetches both, so every URL is made absolute against the CMS before it is used.

/** The absolute URL of a media `url` from Strapi: relative paths resolve against `strapiUrl`. */
export function resolveMediaUrl(url: string, strapiUrl: string): string {
  return new URL(url, `${strapiUrl.replace(/\/+$/, '')}/`).href;
}

/**
 * Whether `url` (as written in markdown) is a CMS upload: a relative `/uploads/…` path, the same
 * on the CMS host, or any URL on one of `mediaOrigins` (S3, a CDN). Returns the absolute URL, or null.
 */
export function cmsUploadUrl(url: string, strapiUrl: string, mediaOrigins: readonly string[]): string | null {
  let absolute: URL;
  try {
    absolute = new URL(url, `${strapiUrl.replace(/\/+$/, '')}/`);
  } catch {
    return null;
  }
  const isRelative = !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//');
  if (isRelative) return url.startsWith('/uploads/') ? absolute.href : null;
  if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') return null;
  // On the CMS host only its upload folder holds media (not the admin or the API); S3 and CDN
  // hosts hold nothing else.
  if (absolute.origin === new URL(strapiUrl).origin) {
    return absolute.pathname.startsWith('/uploads/') ? absolute.href : null;
  }
  return mediaOrigins.includes(absolute.origin) ? absolute.href : null;
}
