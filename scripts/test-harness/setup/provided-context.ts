// What the global setups hand to test files through `inject`, and the origin the test build uses.
import type { PostgresServer } from '../postgres/throwaway-postgres.ts';

/** The shared seeded Strapi (seeded-strapi.global.ts), for integration and e2e test files. */
export interface SeededStrapiContext {
  url: string;
  token: string;
  /** Strapi's environment (secrets, DATABASE_*), for tests that run the `strapi` CLI on its data. */
  env: Record<string, string>;
}

/** The site built once from the seeded Strapi (built-site.global.ts), shared by every e2e test file. */
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
