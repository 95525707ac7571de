import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_TYPES } from '@select-shandong/shared-types';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { contentSnapshot } from '../operations/backup/content-snapshot.ts';
import { exportBackup } from '../operations/backup/export-backup.ts';
import { restoreBackup } from '../operations/backup/restore-backup.ts';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { createDatabase, postgresStrapiEnv } from '../test-harness/postgres/throwaway-postgres.ts';
import { registerFirstAdmin, sharedAdminJwt } from '../test-harness/support/admin.ts';
import { throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const seeded = inject('seededStrapi');
const postgres = inject('postgres');
const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-backups-'));
// Strapi B: a fresh, empty database (no seeding) on the same kind of database as the seeded one.
const databaseName = `strapi_restore_${process.pid}`;
if (postgres) createDatabase(postgres, databaseName);
const target = throwawayStrapi(postgres ? postgresStrapiEnv(postgres, databaseName) : {});
let restored: RunningStrapi | undefined;

afterAll(async () => {
  await restored?.stop();
  target.remove();
  fs.rmSync(backupDir, { recursive: true, force: true });
});

describe(`backup and restore (${postgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('restores every document and every field of every content type into an empty database', async () => {
    const adminJwt = await sharedAdminJwt(seeded.url);
    const suggestion = await fetch(
      `${seeded.url}/content-manager/collection-types/${API_TYPES.suggestion.uid}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${adminJwt}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: '赵敏',
          email: 'zhao@example.com',
          subject: '备份',
          message: '随备份恢复。',
        }),
      },
    );
    expect(suggestion.status).toBe(201);
    const before = await contentSnapshot(seeded.url, adminJwt);
    // The seeded demo content fills every public type in both locales, drafts included.
    expect(before['articles/zh-Hans/published']?.length).toBeGreaterThan(10);
    expect(before['articles/en/draft']?.length).toBeGreaterThan(10);
    expect(before['site-setting/en/published']).toHaveLength(1);
    // Personal data is in the backup too (editors' view; no API token can read it).
    expect(before['suggestions/-/-']?.length).toBeGreaterThan(0);

    const key = 'backup-test-key-0123456789';
    const started = Date.now();
    const backup = await exportBackup({ backupDir, keep: 3, encryptionKey: key, env: seeded.env });
    const exportMs = Date.now() - started;
    expect(backup.file).toMatch(/select-shandong-\d{8}-\d{6}\.tar\.gz\.enc$/);
    // Encrypted: the archive must not start with gzip's magic bytes.
    expect(fs.readFileSync(backup.file).subarray(0, 2).toString('hex')).not.toBe('1f8b');

    await expect(restoreBackup({ file: backup.file, env: target.env })).rejects.toThrow(
      /encrypted: set BACKUP_ENCRYPTION_KEY/,
    );
    const importStarted = Date.now();
    await restoreBackup({ file: backup.file, encryptionKey: key, env: target.env });
    const importMs = Date.now() - importStarted;
    restored = await target.start();
    // A backup carries content, not admin accounts: the restored instance gets its own first admin.
    const restoredAdmin = await registerFirstAdmin(restored.url, 'restore@example.com');
    const after = await contentSnapshot(restored.url, restoredAdmin);
    console.log(
      `[backup] ${Object.values(before).flat().length} documents; export ${exportMs} ms, import ${importMs} ms, archive ${backup.bytes} bytes`,
    );
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const variant of Object.keys(before)) {
      expect(after[variant], variant).toEqual(before[variant]);
    }
  });
});
