/**
 * `pnpm start`: the whole system on this machine. Builds Strapi's admin when needed, starts Strapi
 * on SQLite (seeding the demo content into an empty database), builds and indexes the site from it,
 * and serves the site. Safe to run again; Ctrl+C stops everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from '../common/cli/command-line.ts';
import { assertPortFree } from '../common/net.ts';
import { CMS_DIR, LOCAL_DIR } from '../common/paths.ts';
import { step } from '../common/progress.ts';
import { publishLocally } from './pipeline/publish-local.ts';
import { serveStatic } from './static-server/static-server.ts';
import { buildStrapiIfNeeded } from './strapi/admin-build.ts';
import { ensureEnvFile } from './strapi/secrets.ts';
import { type RunningStrapi, startStrapi } from './strapi/strapi-process.ts';

parseCommandLine({
  usage: 'pnpm start',
  summary:
    'Starts the whole system on this machine: Strapi on SQLite (demo content in an empty database), the site\n' +
    'built from it, served on SITE_PORT (4321); CMS_PORT (1337) for Strapi. Ctrl+C stops everything.',
  flags: {},
});

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
const TOTAL = 5;

async function main(): Promise<void> {
  await assertPortFree(SITE_PORT, 'the site');
  const env = await step(1, TOTAL, 'Secrets (cms/.env, created on first run)', async () =>
    ensureEnvFile(path.join(CMS_DIR, '.env')),
  );
  await step(2, TOTAL, 'Strapi admin build (only when cms/ changed; ~1 min)', async () => {
    if (!buildStrapiIfNeeded(env)) console.log('    up to date');
  });
  const logFile = path.join(LOCAL_DIR, 'strapi.log');
  fs.mkdirSync(LOCAL_DIR, { recursive: true });
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const strapi: RunningStrapi = await step(
    3,
    TOTAL,
    `Strapi on http://127.0.0.1:${CMS_PORT} (log: ${logFile})`,
    () =>
      startStrapi({
        env: { ...env, SEED_DEMO_CONTENT: process.env.SEED_DEMO_CONTENT ?? 'if-empty' },
        port: CMS_PORT,
        tokenFile: path.join(LOCAL_DIR, 'build-token'),
        onLog: (line) => {
          log.write(`${line}\n`);
          if (line.includes('[seed]') || line.includes('[bootstrap]'))
            console.log(`    ${line.replace(/^.*?\[/, '[')}`);
        },
      }),
  );
  const stopAll = async () => {
    await strapi.stop();
    log.end();
    process.exit(0);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  const siteUrl = `http://127.0.0.1:${SITE_PORT}`;
  // The publishing pipeline builds beside the served folder, verifies, and switches `current` only
  // on success (skipping the build when the content is unchanged): a failed build leaves the last site.
  const outDir = await step(4, TOTAL, 'Site build, search index and checks (pipeline)', () =>
    publishLocally({
      strapiUrl: strapi.url,
      token: strapi.token,
      siteRoot: path.join(LOCAL_DIR, 'site-root'),
      siteUrl,
    }),
  );
  await step(5, TOTAL, 'Serving the site', async () => {
    await serveStatic(() => outDir, SITE_PORT);
  });
  console.log(`
  Site:   ${siteUrl}/        (English: ${siteUrl}/en/)
  Admin:  ${strapi.url}/admin
          First visit: the admin shows a registration form; the first account you create there
          becomes the super administrator. Later editors are invited from Settings → Users.
  Rebuild the site after editing: stop (Ctrl+C) and run \`pnpm start\` again.
  Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(`\npnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
