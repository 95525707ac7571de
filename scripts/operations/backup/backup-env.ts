import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR, LOCAL_DIR } from '../../common/paths.ts';
import { readEnvFile } from '../strapi/secrets.ts';

/** Backup settings and Strapi's environment, as `pnpm backup` and `pnpm restore` read them. */
export interface BackupSettings {
  backupDir: string;
  keep: number;
  encryptionKey?: string;
  /** cms/.env (when present) overlaid by the process environment: what `strapi start` would see. */
  strapiEnv: Record<string, string>;
}

/**
 * Reads BACKUP_DIR (default .local/backups), BACKUP_KEEP (default 14) and BACKUP_ENCRYPTION_KEY
 * from cms/.env overlaid by the environment, like Strapi's own settings.
 */
export function readBackupSettings(env: NodeJS.ProcessEnv = process.env): BackupSettings {
  const envFile = path.join(CMS_DIR, '.env');
  const fromFile = fs.existsSync(envFile) ? readEnvFile(envFile) : {};
  const fromProcess = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const merged: Record<string, string> = { ...fromFile, ...fromProcess };
  const keepText = merged.BACKUP_KEEP?.trim() || '14';
  const keep = Number(keepText);
  if (!Number.isInteger(keep) || keep < 1) {
    throw new Error(`BACKUP_KEEP must be a whole number of at least 1, got "${keepText}"`);
  }
  return {
    backupDir: path.resolve(merged.BACKUP_DIR?.trim() || path.join(LOCAL_DIR, 'backups')),
    keep,
    encryptionKey: merged.BACKUP_ENCRYPTION_KEY?.trim() || undefined,
    strapiEnv: merged,
  };
}
