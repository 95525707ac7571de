// On-publish rebuilds: a real Strapi fires its real webhooks at the rebuild service, which
// debounces the burst into exactly one rebuild and refuses callers without the shared secret.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchedulerState } from '../operations/rebuild-service/rebuild-scheduler.ts';
import {
  type RunningRebuildService,
  startRebuildService,
} from '../operations/rebuild-service/rebuild-service.ts';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const SECRET = 'test-webhook-secret-0123456789';
// Long enough that the admin calls of one burst fall within it on a busy machine (each can take a
// second or more there): a shorter quiet period would split the burst into two rebuilds.
const QUIET_MS = 5000;
const CM = '/content-manager/collection-types/api::contact.contact';

let cms: ThrowawayStrapi;
let strapi: RunningStrapi;
let service: RunningRebuildService;
let rebuildsFile = '';
let adminJwt = '';
const serviceLog: string[] = [];

const rebuildLines = () =>
  fs.existsSync(rebuildsFile) ? fs.readFileSync(rebuildsFile, 'utf8').split('\n').filter(Boolean) : [];

async function health(): Promise<SchedulerState> {
  return (await (await fetch(`${service.url}/health`)).json()) as SchedulerState;
}

/** Waits until no webhook is pending and no rebuild runs or is queued (bounded). */
async function settled(timeoutMs = 60_000): Promise<SchedulerState> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await health();
    if (!state.waiting && !state.running && !state.queued) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`rebuild service did not settle:\n${serviceLog.join('\n')}`);
}

async function admin(route: string, method: string, body?: object): Promise<Record<string, unknown>> {
  const response = await fetch(`${strapi.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const contact = (n: number) => ({
  organization: `测试联络处 ${n}`,
  slug: `rebuild-test-${n}`,
  category: 'city_service_agency',
  order: 900 + n,
});

beforeAll(async () => {
  cms = throwawayStrapi();
  rebuildsFile = path.join(cms.dir, 'rebuilds.txt');
  service = await startRebuildService(
    {
      host: '127.0.0.1',
      port: 0,
      secret: SECRET,
      quietMs: QUIET_MS,
      maxWaitMs: 60_000,
      statusFile: '',
      siteRoot: '',
      // Stands in for `pnpm run pipeline`: slow enough that overlapping builds would show.
      command: `sleep 0.3 && echo "rebuilt $(date +%s%N)" >> "${rebuildsFile}"`,
    },
    { cwd: cms.dir, log: (line) => serviceLog.push(line) },
  );
  strapi = await cms.start({ REBUILD_WEBHOOK_URL: `${service.url}/webhook`, WEBHOOK_SECRET: SECRET });
  adminJwt = await registerFirstAdmin(strapi.url, 'rebuild@example.com');
  await settled();
  fs.rmSync(rebuildsFile, { force: true });
}, 300_000);

afterAll(async () => {
  await service?.stop();
  await strapi?.stop();
  cms?.remove();
});

describe('rebuild service with real Strapi webhooks', () => {
  it('registered the webhook for publish, unpublish and delete at start-up', async () => {
    const { data } = (await admin('/admin/webhooks', 'GET')) as {
      data: Array<{ name: string; url: string; events: string[]; isEnabled: boolean }>;
    };
    const webhook = data.find((candidate) => candidate.name === 'site-rebuild');
    expect(webhook?.url).toBe(`${service.url}/webhook`);
    expect(webhook?.isEnabled).toBe(true);
    expect(webhook?.events.sort()).toEqual(['entry.delete', 'entry.publish', 'entry.unpublish']);
  });

  it('turns a burst of publish, unpublish and delete into exactly one rebuild after the quiet period', async () => {
    const before = (await health()).started;
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const created = (await admin(`${CM}/actions/publish?locale=zh-Hans`, 'POST', contact(n))) as {
        data: { documentId: string };
      };
      ids.push(created.data.documentId);
    }
    await admin(`${CM}/${ids[0]}/actions/unpublish?locale=zh-Hans`, 'POST', {});
    await admin(`${CM}/${ids[1]}?locale=zh-Hans`, 'DELETE');
    const burstEnded = Date.now();
    // Strapi sends webhooks asynchronously: wait until the service has heard of the burst.
    for (let i = 0; i < 50; i += 1) {
      const state = await health();
      if (state.waiting || state.started > before) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(rebuildLines()).toHaveLength(0);
    const state = await settled();
    expect(Date.now() - burstEnded).toBeGreaterThanOrEqual(QUIET_MS);
    expect(state.started - before).toBe(1);
    expect(state.lastResult?.ok).toBe(true);
    expect(rebuildLines()).toHaveLength(1);
    expect(serviceLog.filter((line) => line.startsWith('entry.publish contact '))).toHaveLength(3);
    expect(serviceLog.some((line) => line.startsWith('entry.unpublish'))).toBe(true);
    expect(serviceLog.some((line) => line.startsWith('entry.delete'))).toBe(true);
  });

  it('rejects webhooks without the shared secret with 401 and does not rebuild', async () => {
    const before = (await health()).started;
    const body = JSON.stringify({ event: 'entry.publish', model: 'contact', entry: { documentId: 'x' } });
    const headers = { 'content-type': 'application/json' };
    const missing = await fetch(`${service.url}/webhook`, { method: 'POST', headers, body });
    const wrong = await fetch(`${service.url}/webhook`, {
      method: 'POST',
      headers: { ...headers, 'x-rebuild-secret': `${SECRET}x` },
      body,
    });
    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 500));
    const state = await health();
    expect(state.waiting).toBe(false);
    expect(state.started).toBe(before);
    expect(rebuildLines()).toHaveLength(1);
  });
});
