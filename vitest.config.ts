import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// One processed-picture cache for every site build of the run (the e2e build, the pipelines of the
// integration files): entries are content-addressed, so each demo picture is encoded once per run,
// not once per build. A fresh folder per run, so a test that expects a cold build gets one.
if (!process.env.IMAGE_CACHE_DIR) {
  const imageCacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-images-'));
  process.env.IMAGE_CACHE_DIR = imageCacheDir;
  process.on('exit', () => fs.rmSync(imageCacheDir, { recursive: true, force: true }));
}

const exclude = ['**/node_modules/**', '**/dist/**', '**/.astro/**'];
const strapiSetup = [
  'scripts/test-harness/setup/database.global.ts',
  'scripts/test-harness/setup/seeded-strapi.global.ts',
];
// A busy machine (two cores shared with other Strapis) makes a boot, a seed or a page several times
// slower than on an idle one: limits are set for that, not for the idle case.
const strapiTimeouts = { testTimeout: 300_000, hookTimeout: 900_000 };

/**
 * One project per scenario, each with only the global setups it needs (scripts/test-harness/setup/):
 * - `unit` (`*.test.ts`): no setup, files in parallel.
 * - `integration` (`*.int.test.ts`): one seeded Strapi on SQLite.
 * - `e2e` (`*.e2e.test.ts`): the same seeded Strapi and the site built from it once.
 * - `postgres`: the database-dependent integration files again, on a throw-away PostgreSQL.
 * Strapi projects run one file at a time, and the groups one after another (`groupOrder`).
 * `postgres` runs only when selected (`--project postgres`; `pnpm test` does), so
 * `npx vitest run <file>.int.test.ts` runs that file once, on SQLite.
 */
export default defineConfig({
  test: {
    project: ['unit', 'integration', 'e2e'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared-types,site,scripts,cms}/**/*.test.ts'],
          exclude: [...exclude, '**/*.int.test.ts', '**/*.e2e.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{shared-types,site,scripts,cms}/**/*.int.test.ts'],
          exclude,
          ...strapiTimeouts,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          globalSetup: strapiSetup,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['{shared-types,site,scripts,cms}/**/*.e2e.test.ts'],
          exclude,
          ...strapiTimeouts,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          globalSetup: [...strapiSetup, 'scripts/test-harness/setup/built-site.global.ts'],
        },
      },
      {
        // Only the tests whose outcome depends on the database (PostgreSQL is what production uses).
        test: {
          name: 'postgres',
          include: [
            'scripts/tests/{cms-api,seed-idempotence,content-api-security,access-reassert,backup,suggestions,pipeline-faults,project-stage-migration,events,navigation-upgrade}.int.test.ts',
          ],
          exclude,
          env: { TEST_DATABASE: 'postgres' },
          ...strapiTimeouts,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
          globalSetup: strapiSetup,
        },
      },
    ],
  },
});
