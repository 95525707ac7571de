import { parseCommandLine } from '../../common/cli/command-line.ts';
import { readBackupSettings } from './backup-env.ts';
import { exportBackup } from './export-backup.ts';

/** `pnpm backup`: exports the configured Strapi database into BACKUP_DIR and prunes old archives. */
async function main(): Promise<void> {
  parseCommandLine({
    usage: 'pnpm backup',
    summary:
      'Exports the configured Strapi database into BACKUP_DIR and prunes old archives\n' +
      '(settings from cms/.env and the environment; see docs/operations.md).',
    flags: {},
  });
  const settings = readBackupSettings();
  const started = Date.now();
  console.log(
    `Backing up Strapi (${settings.strapiEnv.DATABASE_CLIENT ?? 'sqlite'}) into ${settings.backupDir}` +
      ` (${settings.encryptionKey ? 'encrypted' : 'not encrypted: set BACKUP_ENCRYPTION_KEY to encrypt'},` +
      ` keeping the ${settings.keep} newest) …`,
  );
  const result = await exportBackup({
    backupDir: settings.backupDir,
    keep: settings.keep,
    encryptionKey: settings.encryptionKey,
    env: settings.strapiEnv,
    onLine: (line) => console.log(`  ${line}`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Backup written: ${result.file} (${(result.bytes / 1024).toFixed(0)} KiB) in ${seconds} s`);
  for (const file of result.pruned) console.log(`Removed old backup: ${file}`);
}

main().catch((error: unknown) => {
  console.error(`\npnpm backup failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Nothing was deleted. Check the database settings (cms/.env or the environment) and retry.');
  process.exit(1);
});
