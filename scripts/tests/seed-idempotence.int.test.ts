// Seeding is repeatable: a second boot with SEED_DEMO_CONTENT on the same database changes nothing.
// This file owns both boots, so the shared setup (setup/seeded-strapi.global.ts) boots only once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ContentFingerprint, contentFingerprint } from '../operations/pipeline/fingerprint.ts';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { createDatabase, postgresStrapiEnv } from '../test-harness/postgres/throwaway-postgres.ts';
import { throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

/** The pipeline's fingerprint: ids, slugs and timestamps of every published document. */
const fingerprint = (url: string, token: string) =>
  contentFingerprint({ strapiUrl: url, token, timeoutMs: 30_000, retryBudgetMs: 60_000 }, 100);

const postgres = inject('postgres');
if (postgres) createDatabase(postgres, 'strapi_seed_twice');
const instance = throwawayStrapi(postgres ? postgresStrapiEnv(postgres, 'strapi_seed_twice') : {});
let running: RunningStrapi | undefined;
let fingerprintFirstBoot: ContentFingerprint | undefined;
let fingerprintSecondBoot: ContentFingerprint | undefined;
let secondSeedLog = '';
let firstCoversLog = '';
let secondCoversLog = '';

const seedLine = (strapi: RunningStrapi, marker: string) =>
  strapi
    .recentLog()
    .split('\n')
    .find((line) => line.includes(marker)) ?? '';

beforeAll(async () => {
  running = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  firstCoversLog = seedLine(running, '[seed] covers:');
  fingerprintFirstBoot = await fingerprint(running.url, running.token);
  await running.stop();
  running = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  secondSeedLog = seedLine(running, '[seed] done');
  secondCoversLog = seedLine(running, '[seed] covers:');
  fingerprintSecondBoot = await fingerprint(running.url, running.token);
});

afterAll(async () => {
  await running?.stop();
  instance.remove();
});

describe(`seeding twice (${postgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('seeding again changes nothing', () => {
    expect(fingerprintFirstBoot?.documents.length).toBeGreaterThan(200);
    expect(fingerprintSecondBoot?.documents).toEqual(fingerprintFirstBoot?.documents);
    expect(fingerprintSecondBoot?.hash).toBe(fingerprintFirstBoot?.hash);
    expect(secondSeedLog).toMatch(/article \+0 /);
  });

  it('uploads the demo covers once: the second seed neither renders nor uploads a file', () => {
    const uploaded = Number(/covers: (\d+) uploaded/.exec(firstCoversLog)?.[1]);
    expect(uploaded).toBeGreaterThan(60);
    expect(secondCoversLog).toMatch(/covers: 0 uploaded \(=0 reused\)/);
  });
});
