import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** The URLs of the pages whose Pagefind fragment contains `query`. */
export interface SearchIndexHits {
  fragments: number;
  urls: string[];
}

/**
 * Looks `query` up in the Pagefind index files of a build: every fragment is gunzipped and its
 * page text searched. This checks the index that was written rather than running Pagefind's
 * browser search (WASM) in Node.
 */
export function searchIndexFiles(buildDir: string, query: string): SearchIndexHits {
  const fragmentDir = path.join(buildDir, 'pagefind', 'fragment');
  if (!fs.existsSync(fragmentDir)) return { fragments: 0, urls: [] };
  const needle = query.toLowerCase();
  const urls: string[] = [];
  const files = fs.readdirSync(fragmentDir).filter((name) => name.endsWith('.pf_fragment'));
  for (const name of files) {
    const text = gunzipSync(fs.readFileSync(path.join(fragmentDir, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) continue;
    const fragment = JSON.parse(text.slice(SIGNATURE.length)) as { url?: string; content?: string };
    // Pagefind separates segmented Chinese words with zero-width spaces.
    const content = (fragment.content ?? '').replaceAll('\u200b', '').toLowerCase();
    if (content.includes(needle)) urls.push(fragment.url ?? name);
  }
  return { fragments: files.length, urls: urls.sort() };
}
