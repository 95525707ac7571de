import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupBaseName, listBackups, pruneBackups } from './backup-files.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folderWith(names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-backup-files-'));
  dirs.push(dir);
  for (const name of names) fs.writeFileSync(path.join(dir, name), name);
  return dir;
}

describe('backup files', () => {
  it('names backups by UTC time, so names sort by age', () => {
    expect(backupBaseName(new Date('2026-01-02T03:04:05.678Z'))).toBe('select-shandong-20260102-030405');
  });

  it('keeps the newest backups and never touches other files', () => {
    const dir = folderWith([
      'select-shandong-20260101-010000.tar.gz',
      'select-shandong-20260103-010000.tar.gz.enc',
      'select-shandong-20260102-010000.tar.gz',
      'notes.txt',
      'select-shandong-20251231-010000.partial',
    ]);
    const removed = pruneBackups(dir, 2).map((file) => path.basename(file));
    expect(removed).toEqual(['select-shandong-20260101-010000.tar.gz']);
    expect(listBackups(dir).map((file) => path.basename(file))).toEqual([
      'select-shandong-20260103-010000.tar.gz.enc',
      'select-shandong-20260102-010000.tar.gz',
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual([
      'notes.txt',
      'select-shandong-20251231-010000.partial',
      'select-shandong-20260102-010000.tar.gz',
      'select-shandong-20260103-010000.tar.gz.enc',
    ]);
  });

  it('lists nothing for a folder that does not exist yet', () => {
    expect(listBackups(path.join(os.tmpdir(), 'select-shandong-no-such-folder'))).toEqual([]);
  });
});
