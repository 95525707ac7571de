import fs from 'node:fs';
import path from 'node:path';
import type { SiteRootLayout } from './site-root.ts';

/**
 * Removes what killed runs left in `builds/` (`.staging-*` folders, `.warnings-*` files) and their
 * scratch folders; call only while holding the SITE_ROOT lock, so no live run owns them.
 */
export function sweepStaging(layout: SiteRootLayout): string[] {
  const removed: string[] = [];
  for (const name of fs.readdirSync(layout.buildsDir)) {
    if (!name.startsWith('.staging-') && !name.startsWith('.warnings-') && !name.startsWith('.scratch-'))
      continue;
    fs.rmSync(path.join(layout.buildsDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
