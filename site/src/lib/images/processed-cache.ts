// Processed pictures kept by content hash: the key is the SHA-256 of the source bytes and the
// transform (size, format, quality), never the URL, so a rebuild with unchanged pictures reuses
// every output whatever the server's cache headers say (Strapi's local uploads answer a
// revalidation with the whole file again, which Astro's own URL-keyed cache takes as a change).
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The transform settings that change the output; the source is identified by its bytes. */
export type TransformKey = Record<string, string | number | boolean | undefined>;

/** The cache key of `source` processed with `transform`. */
export function processedKey(source: Uint8Array, transform: TransformKey): string {
  const settings = Object.keys(transform)
    .filter((name) => name !== 'src' && transform[name] !== undefined)
    .sort()
    .map((name) => `${name}=${String(transform[name])}`)
    .join('&');
  return createHash('sha256').update(source).update('\0').update(settings).digest('hex');
}

/** The cached output for `key`, or null when there is none. */
export async function readProcessed(dir: string, key: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path.join(dir, key.slice(0, 2), key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Stores `data` under `key`. Written to a temporary name and renamed, so a build or preview server
 * reading the same folder at the same time sees the whole file or none.
 */
export async function writeProcessed(dir: string, key: string, data: Uint8Array): Promise<void> {
  const folder = path.join(dir, key.slice(0, 2));
  await fs.mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${key}.${randomUUID()}.tmp`);
  await fs.writeFile(temporary, data);
  await fs.rename(temporary, path.join(folder, key));
}
