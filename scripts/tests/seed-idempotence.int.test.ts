// Seeding is repeatable: a second boot with SEED_DEMO_CONTENT on the same database changes nothing.
// This file owns both boots, so the shared setup (setup/seeded-strapi.global.ts) boots only once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { createDatabase, postgresStrapiEnv } from '../test-harness/postgres/throwaway-postgres.ts';
import { throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const COLLECTIONS = ['articles', 'cities', 'industries', 'parks', 'contacts', 'projects'];

/** `collection/locale/documentId:updatedAt` of every published document, sorted. */
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

const postgres = inject('postgres');
if (postgres) createDatabase(postgres, 'strapi_seed_twice');
const instance = throwawayStrapi(postgres ? postgresStrapiEnv(postgres, 'strapi_seed_twice') : {});
let running: RunningStrapi | undefined;
let fingerprintFirstBoot: string[] = [];
let fingerprintSecondBoot: string[] = [];
let secondSeedLog = '';

beforeAll(async () => {
  running = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  fingerprintFirstBoot = await fingerprint(running.url, running.token);
  await running.stop();
  running = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  secondSeedLog =
    running
      .recentLog()
      .split('\n')
      .find((line) => line.includes('[seed] done')) ?? '';
  fingerprintSecondBoot = await fingerprint(running.url, running.token);
});

afterAll(async () => {
  await running?.stop();
  instance.remove();
});

describe(`seeding twice (${postgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('seeding again changes nothing', () => {
    expect(fingerprintFirstBoot.length).toBeGreaterThan(200);
    expect(fingerprintSecondBoot).toEqual(fingerprintFirstBoot);
    expect(secondSeedLog).toMatch(/article \+0 /);
  });
});
