import fs from 'node:fs';
import { runStrapiCli } from './strapi-cli.ts';

/** What one restore needs; `env` points Strapi at the database to overwrite. */
export interface RestoreOptions {
  file: string;
  /** Required when the archive is encrypted (`.enc`). */
  encryptionKey?: string;
  env: Record<string, string>;
  onLine?: (line: string) => void;
}

/**
 * Replaces the content of the configured database with the archive's, via `strapi import
 * --force`. Checks the file and key first, so a wrong invocation fails before touching the data.
 */
export async function restoreBackup(options: RestoreOptions): Promise<void> {
  if (!fs.existsSync(options.file)) throw new Error(`backup file not found: ${options.file}`);
  const encrypted = options.file.endsWith('.enc');
  if (encrypted && !options.encryptionKey) {
    throw new Error(`${options.file} is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with`);
  }
  const keyArgs = encrypted && options.encryptionKey ? ['--key', options.encryptionKey] : [];
  await runStrapiCli(['import', '--file', options.file, '--force', ...keyArgs], options.env, options.onLine);
}
