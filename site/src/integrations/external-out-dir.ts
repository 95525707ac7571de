import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Files Astro 5 copies from its `.astro/` scratch folder into an `outDir` outside the working
 * directory (withastro/astro#14903); they are build internals, not part of the site.
 */
const ASTRO_SCRATCH_FILES = [
  'collections',
  'content-assets.mjs',
  'content-modules.mjs',
  'data-store.json',
  'settings.json',
  'content.d.ts',
  'types.d.ts',
];

/** Removes Astro's scratch files from an `outDir` outside the working directory after the build. */
export function externalOutDirIntegration(): AstroIntegration {
  return {
    name: 'select-shandong:external-out-dir',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (outDir.startsWith(process.cwd())) return;
        await Promise.all(
          ASTRO_SCRATCH_FILES.map((name) => rm(join(outDir, name), { recursive: true, force: true })),
        );
        logger.info(`Removed Astro scratch files from ${outDir}`);
      },
    },
  };
}
