import { SiteConfigError } from './env.ts';

type Env = Record<string, string | undefined>;

function originOf(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteConfigError(
      `${name} must hold http(s) URLs such as https://media.example.org, got "${value}".`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteConfigError(
      `${name} must hold http(s) URLs such as https://media.example.org, got "${value}".`,
    );
  }
  return url.origin;
}

/**
 * Origins the build takes pictures and files from: the site itself (SITE_URL), the CMS's media
 * (STRAPI_URL and PUBLIC_STRAPI_URL) and SITE_MEDIA_ORIGINS, a comma-separated list for S3 or a
 * CDN. Markdown images elsewhere are dropped; the rest are copied into the build (lib/images), so
 * readers' browsers load pictures from the site alone.
 */
export function readMediaOrigins(env: Env = process.env): string[] {
  const origins = new Set<string>();
  const site = env.SITE_URL?.trim() || 'http://127.0.0.1:4321';
  origins.add(originOf('SITE_URL', site));
  for (const name of ['STRAPI_URL', 'PUBLIC_STRAPI_URL'] as const) {
    const value = env[name]?.trim();
    if (value) origins.add(originOf(name, value));
  }
  for (const entry of (env.SITE_MEDIA_ORIGINS ?? '').split(',')) {
    if (entry.trim()) origins.add(originOf('SITE_MEDIA_ORIGINS', entry.trim()));
  }
  return [...origins];
}
