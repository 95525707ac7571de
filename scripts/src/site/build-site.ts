import { spawn } from 'node:child_process';
import path from 'node:path';
import { SITE_DIR } from '../paths.ts';

/** Where to read content from and where to write the site. */
export interface SiteBuildOptions {
  strapiUrl: string;
  token: string;
  outDir: string;
  siteUrl?: string;
  /** Receives each line astro prints; default: inherit the terminal. */
  onLog?: (line: string) => void;
}

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', '.bin', 'astro');

/**
 * Runs `astro build` (which also writes the Pagefind index) against a running Strapi.
 * Rejects with astro's last output when the build fails.
 */
export async function buildSite(options: SiteBuildOptions): Promise<void> {
  const child = spawn(ASTRO_BIN, ['build'], {
    cwd: SITE_DIR,
    env: {
      ...process.env,
      STRAPI_URL: options.strapiUrl,
      STRAPI_TOKEN: options.token,
      SITE_OUT_DIR: options.outDir,
      ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: options.onLog ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  const tail: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 60) tail.shift();
      options.onLog?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    throw new Error(`astro build failed (exit ${code})\n${tail.join('\n')}`);
  }
}
