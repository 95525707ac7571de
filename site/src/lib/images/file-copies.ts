// Files a body links to on the CMS (PDFs, office documents, images) are copied into the build at
// the end of it; pages link to the copy's path, recorded here while they render.
import { createHash } from 'node:crypto';
import type { MediaRef } from './media-error.ts';

interface Registry {
  /** Absolute source URL → where the copy goes on the site and the first field that links it. */
  files: Map<string, { sitePath: string; ref: MediaRef }>;
}

const REGISTRY = Symbol.for('select-shandong.file-copies');

type GlobalWithFiles = typeof globalThis & { [REGISTRY]?: Registry };

function registry(): Registry {
  const scope = globalThis as GlobalWithFiles;
  scope[REGISTRY] ??= { files: new Map() };
  return scope[REGISTRY];
}

/** The folder of the site copies go to. */
export const MEDIA_DIR = 'media';

/**
 * The site path of the build's copy of `url` (an absolute CMS, S3 or CDN URL), recorded for
 * copying: `/media/<8 hex of the URL's hash>/<file name>`, so equal names from two hosts never meet.
 */
export function fileCopyPath(url: string, ref: MediaRef): string {
  const known = registry().files.get(url);
  if (known) return known.sitePath;
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'file');
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  const sitePath = `/${MEDIA_DIR}/${hash}/${encodeURIComponent(name)}`;
  registry().files.set(url, { sitePath, ref });
  return sitePath;
}

/** Every file recorded for copying. */
export function recordedFileCopies(): { url: string; sitePath: string; ref: MediaRef }[] {
  return [...registry().files].map(([url, copy]) => ({ url, ...copy }));
}
