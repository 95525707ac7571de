import type { MediaRef } from './media-error.ts';

/** One image the image service processed (a cache miss), for the build report and the benchmark. */
export interface ProcessedImage {
  /** The source URL. */
  url: string;
  /** Output format, e.g. `avif`. */
  format: string;
  /** Output width in pixels. */
  width: number | undefined;
  /** Time sharp took, in milliseconds. */
  ms: number;
}

interface Registry {
  /** Source URL → the first document field that uses it. */
  refs: Map<string, MediaRef>;
  /** Source URL → its reachability check, so each URL is asked once per build. */
  checks: Map<string, Promise<void>>;
  processed: ProcessedImage[];
}

// Pages run from Astro's bundled chunks, the image service and the build-report integration from
// the config's module graph; one registry on globalThis is shared by all within the build process.
const REGISTRY = Symbol.for('select-shandong.images');

type GlobalWithImages = typeof globalThis & { [REGISTRY]?: Registry };

/** The build's image registry. */
export function imageRegistry(): Registry {
  const scope = globalThis as GlobalWithImages;
  scope[REGISTRY] ??= { refs: new Map(), checks: new Map(), processed: [] };
  return scope[REGISTRY];
}
