import path from 'node:path';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { readBackupSettings } from './backup-env.ts';
import { listBackups } from './backup-files.ts';
import { restoreBackup } from './restore-backup.ts';

/** `pnpm restore <file>`: replaces the configured database's content with a backup's. */
async function main(): Promise<void> {
  const { positionals } = parseCommandLine({
    usage: 'pnpm restore <backup file>',
    summary:
      "Replaces the configured database's content with the backup's (stop Strapi first; settings from cms/.env\n" +
      'and the environment). Without a file it lists the newest backups.',
    flags: {},
    positionals: ['[backup file]'],
  });
  const settings = readBackupSettings();
  const argument = positionals[0];
  if (!argument) {
    const available = listBackups(settings.backupDir).slice(0, 5);
    throw new Error(
      `usage: pnpm restore <backup file>\nnewest backups in ${settings.backupDir}:\n` +
        (available.length ? available.map((file) => `  ${file}`).join('\n') : '  (none)'),
    );
  }
  // pnpm runs scripts from the repository root; a relative path means the caller's folder.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), argument);
  const started = Date.now();
  console.log(
    `Restoring ${file} into Strapi (${settings.strapiEnv.DATABASE_CLIENT ?? 'sqlite'}); its current content is replaced …`,
  );
  await restoreBackup({
    file,
    encryptionKey: settings.encryptionKey,
    env: settings.strapiEnv,
    onLine: (line) => console.log(`  ${line}`),
  });
  console.log(`Restored in ${((Date.now() - started) / 1000).toFixed(1)} s. Rebuild the site to publish it.`);
}

main().catch((error: unknown) => {
  console.error(`\npnpm restore failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Stop Strapi before restoring, and check the file, the key and the database settings.');
  process.exit(1);
});
