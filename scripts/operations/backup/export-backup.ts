import fs from 'node:fs';
import path from 'node:path';
import { backupBaseName, listBackups, pruneBackups } from './backup-files.ts';
import { runStrapiCli } from './strapi-cli.ts';

/** What one backup run needs; `env` is Strapi's (secrets and DATABASE_*). */
export interface ExportOptions {
  backupDir: string;
  /** How many of the newest backups to keep after this one is written. */
  keep: number;
  /** Encrypts the archive when set; without it the archive is plain gzip. */
  encryptionKey?: string;
  env: Record<string, string>;
  onLine?: (line: string) => void;
}

/** What a backup run produced. */
export interface ExportResult {
  file: string;
  bytes: number;
  pruned: string[];
}

/** Runs `strapi export` into a timestamped archive in `backupDir`, then prunes old backups. */
export async function exportBackup(options: ExportOptions): Promise<ExportResult> {
  if (!Number.isInteger(options.keep) || options.keep < 1) {
    throw new Error(`BACKUP_KEEP must be a whole number of at least 1, got "${options.keep}"`);
  }
  fs.mkdirSync(options.backupDir, { recursive: true });
  const base = path.join(options.backupDir, backupBaseName());
  const keyArgs = options.encryptionKey ? ['--key', options.encryptionKey] : ['--no-encrypt'];
  await runStrapiCli(['export', '--file', base, ...keyArgs], options.env, options.onLine);
  const file = listBackups(options.backupDir).find((candidate) => candidate.startsWith(`${base}.`));
  if (!file) throw new Error(`\`strapi export\` succeeded but wrote no archive named ${base}.tar*`);
  return { file, bytes: fs.statSync(file).size, pruned: pruneBackups(options.backupDir, options.keep) };
}
