import type { TestProject } from 'vitest/node';
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
}

declare module 'vitest' {
  export interface ProvidedContext {
    seededStrapi: SeededStrapiContext;
  }
}

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

/**
 * Boots a throw-away Strapi, seeds the demo content, reboots it (seeding again must change
 * nothing), and leaves the second boot running for every integration test file.
 */
export async function setup(project: TestProject): Promise<void> {
  instance = throwawayStrapi();
  const started = Date.now();
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
  });
}

/** Stops Strapi and removes its temporary database. */
export async function teardown(): Promise<void> {
  await stopRunning?.();
  instance?.remove();
}
