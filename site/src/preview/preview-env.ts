/** Set by the preview server (scripts/operations/preview) for its `astro dev`; nothing else sets it. */
export const PREVIEW_SERVER_ENV = 'SITE_PREVIEW_SERVER';

/** True in the preview server's process. */
export function isPreviewServer(env: Record<string, string | undefined> = process.env): boolean {
  return env[PREVIEW_SERVER_ENV] === 'true';
}
