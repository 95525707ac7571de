import { defineConfig } from 'vitest/config';

const exclude = ['**/node_modules/**', '**/dist/**', '**/.astro/**'];

/**
 * Unit tests (`*.test.ts`) run in parallel; integration (`*.int.test.ts`) and browser end-to-end
 * (`*.e2e.test.ts`) tests boot real Strapi processes and share ports, so they run one file at a time.
 * `integration-postgres` repeats the database-dependent integration tests on PostgreSQL.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared-types,site,scripts,cms}/**/*.test.ts'],
          exclude: [...exclude, '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{shared-types,site,scripts,cms}/**/*.{int,e2e}.test.ts'],
          exclude,
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ['scripts/tests/setup/seeded-strapi.global.ts'],
        },
      },
      {
        // The same Strapi tests on a throw-away PostgreSQL server (the database production uses);
        // only the tests whose outcome depends on the database, and after everything else.
        test: {
          name: 'integration-postgres',
          include: [
            'scripts/tests/{cms-api,content-api-security,access-reassert,backup,suggestions,pipeline-faults}.int.test.ts',
          ],
          exclude,
          env: { TEST_DATABASE: 'postgres' },
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          globalSetup: ['scripts/tests/setup/seeded-strapi.global.ts'],
        },
      },
    ],
  },
});
