import type { RemotePattern } from 'astro';

/**
 * Astro image `remotePatterns` allowing exactly the given origins (the CMS, S3, a CDN), so the
 * build fetches and processes their pictures and refuses any other host.
 */
export function remotePatternsFor(origins: readonly string[]): RemotePattern[] {
  return origins.map((origin) => {
    const url = new URL(origin);
    return {
      protocol: url.protocol.slice(0, -1),
      hostname: url.hostname,
      ...(url.port ? { port: url.port } : {}),
    };
  });
}
