// Global setup of the Strapi projects: one seeded Strapi shared by every test file of the run.
import type { TestProject } from 'vitest/node';
import type { RunningStrapi } from '../../operations/strapi/strapi-process.ts';
import { createDatabase, type PostgresServer, postgresStrapiEnv } from '../postgres/throwaway-postgres.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../throwaway-strapi.ts';
import { TEST_SITE_URL } from './provided-context.ts';

interface SharedStrapi {
  instance: ThrowawayStrapi;
  running: Promise<RunningStrapi>;
  users: number;
}

const SHARED_KEY = Symbol.for('select-shandong.seeded-strapi');
// Vitest loads this file once per project; `integration` and `e2e` in one run (both SQLite) share
// one Strapi through this process-wide map instead of booting and seeding two.
const registry = globalThis as { [SHARED_KEY]?: Map<string, SharedStrapi> };
registry[SHARED_KEY] ??= new Map();
const shared = registry[SHARED_KEY];

function boot(postgres: PostgresServer | null): SharedStrapi {
  if (postgres) createDatabase(postgres, 'strapi_shared');
  // The CMS and the site agree on SITE_URL, as in production: the suggestion form's plain post is
  // redirected there, which the site's CSP form-action allows.
  const instance = throwawayStrapi({
    SITE_URL: TEST_SITE_URL,
    ...(postgres ? postgresStrapiEnv(postgres, 'strapi_shared') : {}),
  });
  return { instance, running: instance.start({ SEED_DEMO_CONTENT: 'true' }), users: 0 };
}

/**
 * Boots a throw-away Strapi once with the demo content seeded, on the database database.global.ts
 * chose, and leaves it running for every test file. (That seeding again changes nothing is
 * checked by seed-idempotence.int.test.ts, which owns its own two boots.)
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const postgres = project.getProvidedContext().postgres;
  const key = postgres ? `postgres:${postgres.port}` : 'sqlite';
  const strapi = shared.get(key) ?? boot(postgres);
  shared.set(key, strapi);
  strapi.users += 1;
  const running = await strapi.running.catch((error: unknown) => {
    strapi.instance.remove();
    throw error;
  });
  console.log(`[setup] ${project.name}: seeded Strapi ready at ${running.url} in ${Date.now() - started} ms`);
  project.provide('seededStrapi', { url: running.url, token: running.token, env: strapi.instance.env });
  // The last project using it stops Strapi and removes its temporary folder.
  return async () => {
    strapi.users -= 1;
    if (strapi.users > 0) return;
    shared.delete(key);
    await running.stop();
    strapi.instance.remove();
  };
}
