import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  createDatabase,
  type PostgresServer,
  postgresStrapiEnv,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../../src/postgres/throwaway-postgres.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../../src/strapi/throwaway-strapi.ts';

/** What the integration tests get from this setup through `inject`. */
export interface SeededStrapiContext {
  url: string;
  token: string;
  /** documentId:updatedAt of every document after the first and the second seeding boot. */
  fingerprintFirstBoot: string[];
  fingerprintSecondBoot: string[];
  /** Strapi's seed summary line from the second boot. */
  secondSeedLog: string;
  /** Strapi's environment (secrets, DATABASE_*), for tests that run the `strapi` CLI on its data. */
  env: Record<string, string>;
}

/** The site built once from the seeded Strapi, shared by every e2e test file. */
export interface BuiltSiteContext {
  /** Absolute path of the built site (astro output + Pagefind index). */
  outDir: string;
  /** The SITE_URL it was built with: absolute links to this origin are internal links. */
  siteUrl: string;
  /** How long `astro build` took, in milliseconds. */
  buildMs: number;
  /** Every line the build printed (the build report among them). */
  log: string[];
  /** Set when the build failed; e2e files fail with it instead of building again. */
  error?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    seededStrapi: SeededStrapiContext;
    builtSite: BuiltSiteContext;
    /** The throw-away PostgreSQL server when the project runs on PostgreSQL, else null. */
    postgres: PostgresServer | null;
  }
}

/** Where the shared test build is published: never fetched, only compared against. */
export const TEST_SITE_URL = 'https://select-shandong.test';

const COLLECTIONS = ['articles', 'cities', 'industries', 'parks', 'contacts', 'projects'];

async function fingerprint(url: string, token: string): Promise<string[]> {
  const rows: string[] = [];
  for (const collection of COLLECTIONS) {
    for (const locale of ['zh-Hans', 'en']) {
      for (let page = 1; ; page += 1) {
        const query = `locale=${locale}&pagination[page]=${page}&pagination[pageSize]=100&fields[0]=updatedAt`;
        const response = await fetch(`${url}/api/${collection}?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!response.ok) throw new Error(`fingerprint: ${collection} ${locale}: HTTP ${response.status}`);
        const body = (await response.json()) as {
          data: Array<{ documentId: string; updatedAt: string }>;
          meta: { pagination: { pageCount: number } };
        };
        for (const doc of body.data) rows.push(`${collection}/${locale}/${doc.documentId}:${doc.updatedAt}`);
        if (page >= body.meta.pagination.pageCount) break;
      }
    }
  }
  return rows.sort();
}

let instance: ThrowawayStrapi | undefined;
let stopRunning: (() => Promise<void>) | undefined;
let siteDir: string | undefined;
let postgres: ThrowawayPostgres | undefined;

/**
 * `TEST_DATABASE=postgres` (set by the `integration-postgres` project in vitest.config.ts, or in
 * the shell) runs the shared Strapi on a throw-away PostgreSQL server instead of SQLite.
 */
function usesPostgres(project: TestProject): boolean {
  return (project.config.env?.TEST_DATABASE ?? process.env.TEST_DATABASE) === 'postgres';
}

/** Builds the site once from the running Strapi; a failure is reported to the tests, not thrown. */
async function buildSharedSite(strapiUrl: string, token: string): Promise<BuiltSiteContext> {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-site-'));
  const log: string[] = [];
  const started = Date.now();
  try {
    await buildSite({
      strapiUrl,
      token,
      outDir: siteDir,
      siteUrl: TEST_SITE_URL,
      onLog: (line) => log.push(line),
    });
    const buildMs = Date.now() - started;
    console.log(`[setup] site built into ${siteDir} in ${buildMs} ms`);
    return { outDir: siteDir, siteUrl: TEST_SITE_URL, buildMs, log };
  } catch (error) {
    // The Strapi-only integration tests can still run; each e2e file fails with this message.
    // buildSite's message ends with astro's last lines, which are often page names; the lines that
    // say what went wrong may be earlier in the log.
    const errorLines = log.filter((line) => /error|failed|cannot|exception/i.test(line)).slice(0, 30);
    const message = [
      error instanceof Error ? error.message : String(error),
      '— error lines —',
      ...errorLines,
    ].join('\n');
    console.log(`[setup] site build FAILED: ${message.split('\n')[0]}`);
    return { outDir: siteDir, siteUrl: TEST_SITE_URL, buildMs: Date.now() - started, log, error: message };
  }
}

/**
 * Boots a throw-away Strapi, seeds the demo content, reboots it (seeding again must change
 * nothing), leaves the second boot running for every integration test file, and builds the site
 * from it once for every e2e test file.
 */
export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  if (usesPostgres(project)) {
    postgres = await startThrowawayPostgres();
    createDatabase(postgres, 'strapi_shared');
    console.log(
      `[setup] PostgreSQL ready on ${postgres.host}:${postgres.port} in ${Date.now() - started} ms`,
    );
  }
  // The CMS and the site agree on SITE_URL, as in production: the suggestion form's plain post is
  // redirected there, which the site's CSP form-action allows.
  instance = throwawayStrapi({
    SITE_URL: TEST_SITE_URL,
    ...(postgres ? postgresStrapiEnv(postgres, 'strapi_shared') : {}),
  });
  const first = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  const fingerprintFirstBoot = await fingerprint(first.url, first.token);
  await first.stop();
  const second = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  stopRunning = second.stop;
  const secondSeedLog =
    second
      .recentLog()
      .split('\n')
      .find((line) => line.includes('[seed] done')) ?? '';
  const fingerprintSecondBoot = await fingerprint(second.url, second.token);
  console.log(`[setup] seeded Strapi ready at ${second.url} in ${Date.now() - started} ms`);
  project.provide('seededStrapi', {
    url: second.url,
    token: second.token,
    fingerprintFirstBoot,
    fingerprintSecondBoot,
    secondSeedLog,
    env: instance.env,
  });
  project.provide(
    'postgres',
    postgres ? { host: postgres.host, port: postgres.port, user: postgres.user } : null,
  );
  // The PostgreSQL project runs only the Strapi integration tests: the site build would be the same.
  project.provide(
    'builtSite',
    postgres
      ? {
          outDir: '',
          siteUrl: TEST_SITE_URL,
          buildMs: 0,
          log: [],
          error: 'no site build in the PostgreSQL project',
        }
      : await buildSharedSite(second.url, second.token),
  );
}

/** Stops Strapi, removes its temporary database and the shared site build. */
export async function teardown(): Promise<void> {
  await stopRunning?.();
  instance?.remove();
  await postgres?.stop();
  if (siteDir) fs.rmSync(siteDir, { recursive: true, force: true });
}
