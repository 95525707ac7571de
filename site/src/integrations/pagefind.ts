import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind failed to index the built site. */
export class PagefindIndexError extends Error {
  override name = 'PagefindIndexError';
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new PagefindIndexError(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

/** Indexes `outDir` with Pagefind and writes the index to `outDir/pagefind`; returns the page count. */
export async function buildPagefindIndex(outDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new PagefindIndexError('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: outDir });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/+$/, '')}/pagefind` });
    check('writeFiles', written.errors);
    return added.page_count;
  } catch (error) {
    if (error instanceof PagefindIndexError) throw error;
    throw new PagefindIndexError(`Pagefind indexing of ${outDir} failed`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** Astro integration: builds the Pagefind search index once the static site is written. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'select-shandong:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const pages = await buildPagefindIndex(outDir);
        logger.info(`Pagefind processed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
