import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordedFileCopies } from '../lib/images/file-copies.ts';
import { MediaError } from '../lib/images/media-error.ts';

const FETCH_TIMEOUT_MS = 60_000;

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Copies the CMS files bodies link to (recorded while pages rendered) into the build, so no link
 * leads to the CMS; a file that cannot be fetched fails the build naming the document field.
 */
export function mediaFilesIntegration(): AstroIntegration {
  return {
    name: 'select-shandong:media-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const copies = recordedFileCopies();
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        for (const copy of copies) {
          let data: Buffer;
          try {
            data = await download(copy.url);
          } catch (cause) {
            const problem = `could not be fetched (${cause instanceof Error ? cause.message : String(cause)})`;
            throw new MediaError(copy.ref, copy.url, problem, { cause });
          }
          const target = path.join(
            outDir,
            ...copy.sitePath.split('/').filter(Boolean).map(decodeURIComponent),
          );
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.writeFile(target, data);
        }
        logger.info(`Media files: ${copies.length} copied in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
