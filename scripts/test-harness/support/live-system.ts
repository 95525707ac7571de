// What `pnpm start` runs, on a throw-away seeded Strapi: the same env computation, the in-process
// rebuild service with its status file, the pipeline and the static server, on free ports.
import path from 'node:path';
import { freePort } from '../../common/net.ts';
import { ROOT_DIR } from '../../common/paths.ts';
import { localSystem } from '../../operations/local-system/system-env.ts';
import { publishLocally, rebuildLocally } from '../../operations/pipeline/publish-local.ts';
import { type RunningPreviewServer, startPreviewServer } from '../../operations/preview/preview-server.ts';
import {
  type RunningRebuildService,
  startRebuildService,
} from '../../operations/rebuild-service/rebuild-service.ts';
import { type StaticServer, serveStatic } from '../../operations/static-server/static-server.ts';
import { buildStrapiIfNeeded } from '../../operations/strapi/admin-build.ts';
import type { RunningStrapi } from '../../operations/strapi/strapi-process.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../throwaway-strapi.ts';
import { registerFirstAdmin } from './admin.ts';

/** A running local system and how to drive it as an editor. */
export interface LiveSystem {
  cms: ThrowawayStrapi;
  strapi: RunningStrapi;
  service: RunningRebuildService;
  site: StaticServer;
  /** The site's URL on its (non-default) port, as Strapi was told it. */
  siteUrl: string;
  /** The draft preview's URL on its (non-default) port, as Strapi was told it. */
  previewUrl: string;
  /** The draft preview server, when started (`options.preview`). */
  preview: RunningPreviewServer | null;
  siteRoot: string;
  statusFile: string;
  /** The admin JWT that `admin()` sends: the registered administrator's, or the one `signIn` got. */
  adminJwt: string;
  /** A content-manager (or other admin) call with the admin's JWT; throws on an HTTP error. */
  admin<T = Record<string, unknown>>(route: string, method?: string, body?: object): Promise<T>;
  /** Logs in as an administrator (e.g. one registered in the admin UI); `admin()` then calls as them. */
  signIn(email: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

/** How the live system is started; every option defaults to what `pnpm start` does, minus the admin UI. */
export interface LiveSystemOptions {
  quietMs?: number;
  maxWaitMs?: number;
  log?: (line: string) => void;
  /** Register the first administrator through the API (default true); false leaves the admin's registration page to a browser. */
  registerAdmin?: boolean;
  /** Serve the admin panel, built first when its sources changed (minutes); default false. */
  adminPanel?: boolean;
  /** Start the draft preview server on the system's preview port (astro dev: a minute or more); default false. */
  preview?: boolean;
  /** Extra Strapi environment, e.g. a short SCHEDULED_PUBLISH_INTERVAL_SECONDS. */
  strapiEnv?: Record<string, string>;
}

/** Boots the system (seeding the demo content and building the site once: minutes on a busy machine). */
export async function startLiveSystem(options: LiveSystemOptions = {}): Promise<LiveSystem> {
  const log = options.log ?? (() => {});
  const cms = throwawayStrapi(options.adminPanel ? { SERVE_ADMIN_PANEL: 'true' } : {});
  if (options.adminPanel) buildStrapiIfNeeded(cms.env);
  const [sitePort, rebuildPort, previewPort] = [await freePort(), await freePort(), await freePort()];
  const statusFile = path.join(cms.dir, 'build-status.json');
  const system = localSystem(
    { SITE_PORT: String(sitePort), REBUILD_PORT: String(rebuildPort), PREVIEW_PORT: String(previewPort) },
    cms.env,
    [],
    {
      buildStatusFile: statusFile,
    },
  );
  const strapi = await cms.start({ ...system.strapiEnv, SEED_DEMO_CONTENT: 'true', ...options.strapiEnv });
  const local = {
    strapiUrl: strapi.url,
    token: strapi.token,
    siteRoot: path.join(cms.dir, 'site-root'),
    siteUrl: system.siteUrl,
  };
  const service = await startRebuildService(
    {
      host: '127.0.0.1',
      port: rebuildPort,
      secret: system.strapiEnv.WEBHOOK_SECRET ?? '',
      quietMs: options.quietMs ?? 3000,
      maxWaitMs: options.maxWaitMs ?? 20_000,
      command: '',
      statusFile,
      siteRoot: local.siteRoot,
    },
    { cwd: ROOT_DIR, log, rebuild: () => rebuildLocally(local, log) },
  );
  const outDir = await publishLocally(local);
  const site = await serveStatic(() => outDir, sitePort);
  const preview = options.preview
    ? await startPreviewServer({
        strapiUrl: strapi.url,
        token: strapi.token,
        previewSecret: system.strapiEnv.PREVIEW_SECRET ?? '',
        port: previewPort,
        siteUrl: system.siteUrl,
        onLog: (line) => log(`[preview] ${line}`),
      })
    : null;
  let adminJwt =
    options.registerAdmin === false ? '' : await registerFirstAdmin(strapi.url, 'live@example.com');
  const admin = async <T>(route: string, method = 'GET', body?: object): Promise<T> => {
    const response = await fetch(`${strapi.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  };
  return {
    cms,
    strapi,
    service,
    site,
    siteUrl: system.siteUrl,
    previewUrl: system.previewUrl,
    preview,
    siteRoot: local.siteRoot,
    statusFile,
    get adminJwt() {
      return adminJwt;
    },
    admin,
    async signIn(email, password) {
      const { data } = await admin<{ data: { token: string } }>('/admin/login', 'POST', { email, password });
      adminJwt = data.token;
      return adminJwt;
    },
    async stop() {
      await preview?.stop();
      await site.close();
      await service.stop();
      await strapi.stop();
      cms.remove();
    },
  };
}

const ARTICLES = '/content-manager/collection-types/api::article.article';

/** A published article as the content-manager lists it. */
export interface ListedArticle {
  documentId: string;
  slug: string;
  title: string;
}

/** The newest published Chinese articles (with nothing unpublished pending), as the admin's list view shows them. */
export async function publishedArticles(system: LiveSystem, count: number): Promise<ListedArticle[]> {
  const { results } = await system.admin<{ results: Array<ListedArticle & { status?: string }> }>(
    `${ARTICLES}?locale=zh-Hans&page=1&pageSize=100&sort=updatedAt:DESC`,
  );
  return results.filter((article) => article.status === 'published').slice(0, count);
}

/**
 * Publishes a new title for an article as the admin's 发布 button does with unsaved changes: the
 * changed fields and the publish in one request. Returns when Strapi answered.
 */
export async function publishTitle(system: LiveSystem, article: ListedArticle, title: string): Promise<void> {
  await system.admin(`${ARTICLES}/${article.documentId}/actions/publish?locale=zh-Hans`, 'POST', { title });
}

/** Polls the served page until it contains `text`; resolves the milliseconds since `since`. */
export async function waitUntilServed(
  url: string,
  text: string,
  since: number,
  timeoutMs: number,
): Promise<number> {
  const deadline = since + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => null);
    if (response?.ok && (await response.text()).includes(text)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s`);
}
