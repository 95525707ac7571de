import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SITE_DIR } from '../../common/paths.ts';
import { forEachOutputLine } from '../../common/process/output-lines.ts';

/** Where to read content from and where to write the site. */
export interface SiteBuildOptions {
  strapiUrl: string;
  token: string;
  outDir: string;
  siteUrl?: string;
  /**
   * A folder of this build's own, outside `site/` and `outDir`: astro runs from it, so its server
   * chunks (`<cwd>/.astro/`) and cache (content-layer data store) are not shared with other builds.
   * Default: astro's defaults in `site/` (one build at a time).
   */
  scratchDir?: string;
  /**
   * Where processed pictures are kept between builds by content hash (IMAGE_CACHE_DIR), outside
   * the output and the scratch folder so a nightly with unchanged pictures processes none.
   * Default: site/node_modules/.astro/processed-images.
   */
  imageCacheDir?: string;
  /** Extra environment for the build (e.g. STRAPI_TIMEOUT_MS). */
  env?: Record<string, string>;
  /** Receives each line astro prints; default: inherit the terminal. */
  onLog?: (line: string) => void;
}

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', '.bin', 'astro');

function scratchSettings(scratchDir: string | undefined): {
  cwd: string;
  args: string[];
  env: Record<string, string>;
} {
  if (!scratchDir) return { cwd: SITE_DIR, args: ['build'], env: {} };
  fs.mkdirSync(path.join(scratchDir, 'cache'), { recursive: true });
  // Astro 5 writes a static build's server chunks to `<cwd>/.astro/` when outDir lies outside the
  // working directory (core/build/common.js getOutDirWithinCwd) and deletes them when done. The
  // chunks import the site's packages (marked …), which Node finds through this link.
  const modules = path.join(scratchDir, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(SITE_DIR, 'node_modules'), modules, 'dir');
  return {
    cwd: scratchDir,
    args: ['build', '--root', SITE_DIR],
    env: { SITE_CACHE_DIR: path.join(scratchDir, 'cache') },
  };
}

/**
 * The astro child's environment: the parent's, then the caller's settings (`options.env`), then what
 * this build fixes. Settings travel only this way; the parent's `process.env` is never changed.
 */
export function childEnv(
  options: SiteBuildOptions,
  scratchEnv: Record<string, string>,
  parent: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  return {
    ...parent,
    ...options.env,
    ...scratchEnv,
    STRAPI_URL: options.strapiUrl,
    STRAPI_TOKEN: options.token,
    SITE_OUT_DIR: options.outDir,
    ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    ...(options.imageCacheDir ? { IMAGE_CACHE_DIR: path.resolve(options.imageCacheDir) } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/**
 * Runs `astro build` (which also writes the Pagefind index) against a running Strapi.
 * Rejects with astro's last output when the build fails.
 */
export async function buildSite(options: SiteBuildOptions): Promise<void> {
  const scratch = scratchSettings(options.scratchDir);
  const child = spawn(ASTRO_BIN, scratch.args, {
    cwd: scratch.cwd,
    env: childEnv(options, scratch.env),
    stdio: options.onLog ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  const tail: string[] = [];
  const output = forEachOutputLine([child.stdout, child.stderr], (line) => {
    tail.push(line);
    if (tail.length > 60) tail.shift();
    options.onLog?.(line);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) {
    await output; // the last lines, which say why, may still be in the pipe
    throw new Error(`astro build failed (exit ${code})\n${tail.join('\n')}`);
  }
}
