import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../common/paths.ts';

const SCRIPTS_DIR = path.join(ROOT_DIR, 'scripts');

/** Every non-test TypeScript file under one folder of scripts/. */
function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(SCRIPTS_DIR, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join(SCRIPTS_DIR, folder, file));
}

/** The scripts/ folders a file's relative imports reach, e.g. `common`, `test-harness`. */
function foldersImported(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .map(
      (name) => path.relative(SCRIPTS_DIR, path.resolve(path.dirname(file), name)).split(path.sep)[0] ?? '',
    );
}

// What runs in production must not depend on developer tools or on what tests stand on, and the
// shared modules depend on no role: the folder names then say who may be changed for whom.
const MAY_IMPORT: Record<string, string[]> = {
  common: ['common'],
  operations: ['common', 'operations'],
  'dev-tools': ['common', 'operations', 'dev-tools', 'test-harness'],
  'test-harness': ['common', 'operations', 'test-harness'],
};

describe('scripts/ layering', () => {
  for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
    it(`${folder}/ imports only ${allowed.join(', ')}`, () => {
      const files = sourceFiles(folder);
      expect(files.length).toBeGreaterThan(0);
      const offending = files.flatMap((file) =>
        foldersImported(file)
          .filter((target) => !allowed.includes(target))
          .map((target) => `${path.relative(SCRIPTS_DIR, file)} → ${target}/`),
      );
      expect(offending).toEqual([]);
    });
  }
});
