// First global setup of the Strapi projects: the database the Strapis of the run use.
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../postgres/throwaway-postgres.ts';
import './provided-context.ts';

/**
 * `TEST_DATABASE=postgres` (set by the `postgres` project in vitest.config.ts, or in the shell)
 * puts the run's Strapis on a throw-away PostgreSQL server instead of SQLite.
 */
function usesPostgres(project: TestProject): boolean {
  return (project.config.env?.TEST_DATABASE ?? process.env.TEST_DATABASE) === 'postgres';
}

/**
 * Starts the throw-away PostgreSQL server when the project asks for it and provides it (else
 * null); the returned teardown stops the server and removes its folder.
 */
export async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!usesPostgres(project)) {
    project.provide('postgres', null);
    return undefined;
  }
  const started = Date.now();
  const postgres = await startThrowawayPostgres();
  console.log(`[setup] PostgreSQL ready on ${postgres.host}:${postgres.port} in ${Date.now() - started} ms`);
  project.provide('postgres', { host: postgres.host, port: postgres.port, user: postgres.user });
  return () => postgres.stop();
}
