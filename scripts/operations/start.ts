/**
 * `pnpm start`: the whole system on this machine. Builds Strapi's admin when needed, starts Strapi
 * on SQLite (seeding the demo content into an empty database), builds and indexes the site from it,
 * serves the site, and rebuilds it when an editor publishes. Safe to run again; Ctrl+C stops everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from '../common/cli/command-line.ts';
import { assertPortFree } from '../common/net.ts';
import { CMS_DIR, LOCAL_DIR, ROOT_DIR } from '../common/paths.ts';
import { step } from '../common/progress.ts';
import { localSystem } from './local-system/system-env.ts';
import { publishLocally, rebuildLocally } from './pipeline/publish-local.ts';
import { startPreviewServer } from './preview/preview-server.ts';
import { readRebuildServiceConfig } from './rebuild-service/config.ts';
import { startRebuildService } from './rebuild-service/rebuild-service.ts';
import { serveStatic } from './static-server/static-server.ts';
import { buildStrapiIfNeeded } from './strapi/admin-build.ts';
import { ensureEnvFile, readEnvFile } from './strapi/secrets.ts';
import { type RunningStrapi, startStrapi } from './strapi/strapi-process.ts';

parseCommandLine({
  usage: 'pnpm start',
  summary:
    'Starts the whole system on this machine: Strapi on SQLite (demo content in an empty database), the site\n' +
    'built from it, served on SITE_PORT (4321), rebuilt on every publish (webhooks on REBUILD_PORT, 4322);\n' +
    "CMS_PORT (1337) for Strapi, PREVIEW_PORT (4323) for drafts' preview. Ctrl+C stops everything.",
  flags: {},
});

const TOTAL = 7;
const log = (message: string) =>
  console.log(`    ${new Date().toISOString().slice(11, 19)} [rebuild] ${message}`);

async function main(): Promise<void> {
  const fileEnv = await step(1, TOTAL, 'Secrets (cms/.env, created on first run)', async () =>
    ensureEnvFile(path.join(CMS_DIR, '.env')),
  );
  const system = localSystem(
    process.env,
    fileEnv,
    Object.keys(readEnvFile(path.join(CMS_DIR, '.env.example'))),
    {
      buildStatusFile: path.join(LOCAL_DIR, 'build-status.json'),
    },
  );
  await assertPortFree(system.sitePort, 'the site');
  await assertPortFree(system.rebuildPort, 'the rebuild service');
  await assertPortFree(system.previewPort, 'the draft preview');
  const env = system.strapiEnv;
  await step(2, TOTAL, 'Strapi admin build (only when cms/ changed; ~1 min)', async () => {
    if (!buildStrapiIfNeeded(env)) console.log('    up to date');
  });
  const logFile = path.join(LOCAL_DIR, 'strapi.log');
  fs.mkdirSync(LOCAL_DIR, { recursive: true });
  const strapiLog = fs.createWriteStream(logFile, { flags: 'a' });
  const strapi: RunningStrapi = await step(3, TOTAL, `Strapi on ${system.cmsUrl} (log: ${logFile})`, () =>
    startStrapi({
      env,
      port: system.cmsPort,
      tokenFile: path.join(LOCAL_DIR, 'build-token'),
      onLog: (line) => {
        strapiLog.write(`${line}\n`);
        if (line.includes('[seed]') || line.includes('[bootstrap]'))
          console.log(`    ${line.replace(/^.*?\[/, '[')}`);
      },
    }),
  );
  const local = {
    strapiUrl: strapi.url,
    token: strapi.token,
    siteRoot: path.join(LOCAL_DIR, 'site-root'),
    siteUrl: system.siteUrl,
  };
  // Started after seeding (whose publishes are in the first build anyway); a publish during the
  // first build waits for its lock and rebuilds after it.
  const rebuilds = await step(4, TOTAL, `Rebuild on publish (webhooks to ${system.rebuildWebhookUrl})`, () =>
    startRebuildService(
      {
        // REBUILD_QUIET_SECONDS and REBUILD_MAX_WAIT_SECONDS may come from cms/.env or the shell.
        ...readRebuildServiceConfig(env),
        port: system.rebuildPort,
        statusFile: env.BUILD_STATUS_FILE ?? '',
        siteRoot: local.siteRoot,
      },
      { cwd: ROOT_DIR, log, rebuild: () => rebuildLocally(local, log) },
    ),
  );
  const preview = await step(5, TOTAL, `Draft preview on ${system.previewUrl} (the admin's 预览)`, () =>
    startPreviewServer({
      strapiUrl: strapi.url,
      token: strapi.token,
      previewSecret: env.PREVIEW_SECRET ?? '',
      port: system.previewPort,
      siteUrl: system.siteUrl,
      onLog: (line) => strapiLog.write(`[preview] ${line}\n`),
    }),
  );
  const stopAll = async () => {
    if (rebuilds.scheduler.state().running)
      log('stopping after the running rebuild (it keeps the site whole)');
    await preview.stop();
    await rebuilds.stop();
    await strapi.stop();
    strapiLog.end();
    process.exit(0);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  // The publishing pipeline builds beside the served folder, verifies, and switches `current` only
  // on success (skipping the build when the content is unchanged): a failed build leaves the last site.
  const outDir = await step(6, TOTAL, 'Site build, search index and checks (pipeline)', () =>
    publishLocally(local),
  );
  await step(7, TOTAL, 'Serving the site', async () => {
    await serveStatic(() => outDir, system.sitePort);
  });
  const quiet = rebuilds.config.quietMs / 1000;
  const maxWait = rebuilds.config.maxWaitMs / 1000;
  console.log(`
  Site:   ${system.siteUrl}/        (English: ${system.siteUrl}/en/)
  Admin:  ${strapi.url}/admin
          First visit: the admin shows a registration form; the first account you create there
          becomes the super administrator. Later editors are invited from 设置 › 管理面板 › 用户
          (Settings › Administration Panel › Users in the English admin).
  Preview: the admin's 预览 shows a draft as its page (${system.previewUrl}, only with the secret).
  Publishing rebuilds the site: ${quiet} s after the last publish (at most ${maxWait} s after the first),
          then the build itself; the admin's home page shows the last build (网站更新).
  Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(`\npnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
