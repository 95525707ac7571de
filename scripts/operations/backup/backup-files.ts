import fs from 'node:fs';
import path from 'node:path';

/** Every backup name starts with this, so pruning never touches other files in the folder. */
export const BACKUP_PREFIX = 'select-shandong-';

/** A sortable, timestamped base name (UTC), e.g. `select-shandong-20260126-021500`. */
export function backupBaseName(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${BACKUP_PREFIX}${stamp}`;
}

/** The backups in `dir` (`strapi export` archives with our prefix), newest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(BACKUP_PREFIX) && /\.tar(\.gz)?(\.enc)?$/.test(name))
    .sort()
    .reverse()
    .map((name) => path.join(dir, name));
}

/** Deletes all but the `keep` newest backups in `dir`; returns the deleted paths. */
export function pruneBackups(dir: string, keep: number): string[] {
  const stale = listBackups(dir).slice(keep);
  for (const file of stale) fs.rmSync(file, { force: true });
  return stale;
}
