// An installation made before the project attribute `status` was renamed `stage` keeps every
// project's value. The old installation is made real on a throw-away Strapi: projects saved
// through the admin, then, with Strapi stopped, the database put back as the old version left it
// (the column named `status`, no record of the migration, another stored schema), and Strapi
// started again. Runs on SQLite, and on PostgreSQL in the `postgres` project.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { createDatabase, postgresStrapiEnv } from '../test-harness/postgres/throwaway-postgres.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import {
  type AdminCall,
  adminClient,
  collectionPath,
  describeAnswer,
  entryOf,
} from '../test-harness/support/content-manager.ts';
import { type Row, runSql } from '../test-harness/support/strapi-database.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const MIGRATION = '2026.12.01T00.00.00.project-status-to-stage.js';
const PROJECT = 'api::project.project';

let instance: ThrowawayStrapi;
let strapi: RunningStrapi;
let admin: AdminCall;
let jwt = '';

const project = (slug: string, stage: string, name: string) => ({
  name,
  slug,
  totalInvestment: 12.5,
  cooperationMode: 'joint_venture',
  stage,
  summary: `${name}。`,
});

/** Each project row's stage as `documentId locale draft|published → value`, sorted. */
function stagesByRow(rows: Row[], column: string): string[] {
  return rows
    .map((row) => {
      const state = row.published_at === null ? 'draft' : 'published';
      return `${row.document_id} ${row.locale} ${state} → ${String(row[column])}`;
    })
    .sort();
}

beforeAll(async () => {
  const postgres = inject('postgres');
  if (postgres) createDatabase(postgres, 'strapi_stage_migration');
  instance = throwawayStrapi(postgres ? postgresStrapiEnv(postgres, 'strapi_stage_migration') : {});
  strapi = await instance.start();
  jwt = await registerFirstAdmin(strapi.url, 'migration@example.com');
  admin = adminClient(strapi.url, jwt);
});

afterAll(async () => {
  await strapi?.stop();
  instance?.remove();
});

describe('the project attribute status → stage migration', () => {
  it('keeps every project row’s value when an old installation starts the new version', async () => {
    const signed = await admin(
      'POST',
      `${collectionPath(PROJECT)}?locale=zh-Hans`,
      project('old-signed', 'signed', '已签约项目'),
    );
    expect(signed.status, describeAnswer(signed)).toBe(201);
    const { documentId: signedId } = entryOf(signed) as { documentId: string };
    await admin('POST', `${collectionPath(PROJECT, signedId)}/actions/publish?locale=zh-Hans`, {});
    const english = await admin(
      'PUT',
      `${collectionPath(PROJECT, signedId)}?locale=en`,
      project('old-signed', 'signed', 'Signed project'),
    );
    expect(english.status, describeAnswer(english)).toBe(200);
    await admin('POST', `${collectionPath(PROJECT, signedId)}/actions/publish?locale=en`, {});
    const draft = await admin(
      'POST',
      `${collectionPath(PROJECT)}?locale=zh-Hans`,
      project('old-talks', 'negotiating', '洽谈中项目'),
    );
    expect(draft.status, describeAnswer(draft)).toBe(201);
    await strapi.stop();

    // What a database of the previous version holds: the column under its old name, no record
    // of this migration, and a stored schema other than this version's.
    const [before] = await runSql(instance.env, [
      'ALTER TABLE projects RENAME COLUMN stage TO status',
      `DELETE FROM strapi_migrations WHERE name = '${MIGRATION}'`,
      // Strapi syncs the tables when the stored schema's hash differs from the code's, as it
      // does for a database of the previous version.
      "UPDATE strapi_database_schema SET hash = 'previous-version'",
      'SELECT * FROM projects',
    ]).then((results) => results.slice(3));
    const old = stagesByRow(before ?? [], 'status');
    expect(old).toHaveLength(5);
    expect(old.filter((row) => row.endsWith('→ signed'))).toHaveLength(4);

    strapi = await instance.start();
    const [after, migrations] = await runSql(instance.env, [
      'SELECT * FROM projects',
      'SELECT name FROM strapi_migrations',
    ]);
    expect(stagesByRow(after ?? [], 'stage')).toEqual(old);
    expect(Object.keys(after?.[0] ?? {})).not.toContain('status');
    // Recorded, so it runs once (the first, fresh start ran it too, with nothing to do).
    expect(migrations?.map((row) => row.name)).toContain(MIGRATION);

    // And the admin reads and saves the kept values (same secrets, so the same session).
    admin = adminClient(strapi.url, jwt);
    const read = await admin('GET', `${collectionPath(PROJECT, signedId)}?locale=en`);
    expect(entryOf(read).stage).toBe('signed');
    const saved = await admin('PUT', `${collectionPath(PROJECT, signedId)}?locale=zh-Hans`, {
      stage: 'negotiating',
    });
    expect(saved.status, describeAnswer(saved)).toBe(200);
  });
});
