// Publish → live as `pnpm start` runs it: a real seeded Strapi on non-default ports posts its real
// webhook to the in-process rebuild service, the real pipeline rebuilds, the static server serves
// the change; the admin's build-status route reports it; Strapi's URLs follow the site's port.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteRootLayout } from '../operations/pipeline/site-root.ts';
import {
  type ListedArticle,
  type LiveSystem,
  publishedArticles,
  publishTitle,
  startLiveSystem,
  waitUntilServed,
} from '../test-harness/support/live-system.ts';

// Two shared cores under other test runs: a rebuild of the demo site can take minutes there.
const LIVE_TIMEOUT_MS = 240_000;

let system: LiveSystem;
let article: ListedArticle;
const serviceLog: string[] = [];

interface StatusView {
  data: {
    rebuild: { waiting: boolean; running: boolean; queued: boolean };
    lastRun: {
      status: string;
      pageCount: number | null;
      changes: {
        counts: { added: number; changed: number; removed: number };
        changed: Array<Record<string, string>>;
      } | null;
      reason: unknown;
    } | null;
  } | null;
}

beforeAll(async () => {
  system = await startLiveSystem({ log: (line) => serviceLog.push(line) });
  [article] = (await publishedArticles(system, 1)) as [ListedArticle];
}, 900_000);

afterAll(async () => {
  await system?.stop();
});

describe('publish → live through the admin API', () => {
  it('serves a title published in the admin without anyone restarting anything, and the admin says so', async () => {
    const marker = `实时更新${Date.now()}`;
    const clicked = Date.now();
    await publishTitle(system, article, `${article.title} ${marker}`);
    const ms = await waitUntilServed(
      `${system.site.url}/articles/${article.slug}/`,
      marker,
      clicked,
      LIVE_TIMEOUT_MS,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- rebuild service ---\n${serviceLog.join('\n')}`);
    });
    console.log(`[publish-to-live] live ${(ms / 1000).toFixed(1)} s after the publish request`);

    // The page is served the moment `current` switches; the run's report is written just after.
    let data: StatusView['data'] = null;
    for (let i = 0; i < 100; i += 1) {
      ({ data } = await system.admin<StatusView>('/site-build/status'));
      if (data && !data.rebuild.running && !data.rebuild.waiting && data.lastRun?.changes) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(data?.lastRun?.status).toBe('published');
    expect(data?.lastRun?.pageCount).toBeGreaterThan(50);
    expect(data?.lastRun?.changes?.counts).toEqual({ added: 0, changed: 1, removed: 0 });
    expect(data?.lastRun?.changes?.changed[0]?.['zh-Hans']).toBe(
      `文章《${article.title} ${marker}》（中文版）`,
    );
    expect(data?.lastRun?.reason).toBeNull();
    // Both runs (the first build and this rebuild) kept the processed pictures for the next one.
    const imageCache = siteRootLayout(system.siteRoot).imageCacheDir;
    expect(fs.readdirSync(imageCache, { recursive: true }).length, imageCache).toBeGreaterThan(100);
  });

  it('answers the build status to signed-in administrators only', async () => {
    const anonymous = await fetch(`${system.strapi.url}/site-build/status`);
    expect(anonymous.status).toBe(401);
    const apiToken = await fetch(`${system.strapi.url}/site-build/status`, {
      headers: { authorization: `Bearer ${system.strapi.token}` },
    });
    expect(apiToken.status).toBe(401);
  });
});

describe('one set of URLs for everything the system starts', () => {
  it('points the admin preview at the draft preview on its own port', async () => {
    const query = new URLSearchParams({
      documentId: article.documentId,
      locale: 'zh-Hans',
      status: 'published',
    });
    const { data } = await system.admin<{ data: { url: string } }>(
      `/content-manager/preview/url/api::article.article?${query}`,
    );
    // The preview port the system was started with, not the default one Strapi would fall back to.
    expect(new URL(system.previewUrl).port).not.toBe('4323');
    expect(data.url.startsWith(`${system.previewUrl}/preview/article/${article.documentId}/?expires=`)).toBe(
      true,
    );
  });

  it('redirects the no-JavaScript suggestion form to the site on its own port', async () => {
    const response = await fetch(`${system.strapi.url}/api/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name: '王明',
        email: 'wang@example.com',
        subject: '端口测试',
        message: '表单提交后应回到同一个网站。',
        language: 'zh-Hans',
      }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${system.site.url}/suggestions/thanks/`);
  });
});
