/**
 * `pnpm bench:publish-to-live [--runs N]`: how long an editor's publish takes to be live. Boots what
 * `pnpm start` runs on a throw-away seeded Strapi (same env computation, in-process rebuild service,
 * pipeline, static server), then N times publishes a new article title through the content-manager
 * API and polls the served page until it shows; prints each run, the median, and the pipeline's
 * step timings of the last run.
 */
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { readLastRun } from '../../operations/rebuild-service/build-status.ts';
import {
  type LiveSystem,
  publishedArticles,
  publishTitle,
  startLiveSystem,
  waitUntilServed,
} from '../../test-harness/support/live-system.ts';

const { flags } = parseCommandLine({
  usage: 'pnpm bench:publish-to-live [--runs N]',
  summary:
    'Publishes article edits through the admin API of a throw-away seeded system and measures the time\n' +
    'until each is on the served site (REBUILD_QUIET_SECONDS / REBUILD_MAX_WAIT_SECONDS apply).',
  flags: { runs: { type: 'string', description: 'How many publishes to measure (default 5).' } },
});
const runs = Number(flags.runs ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer, got "${flags.runs}".`);
  process.exit(2);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Waits until the rebuild service has nothing waiting, running or queued. */
async function settled(system: LiveSystem): Promise<void> {
  for (;;) {
    const state = system.service.scheduler.state();
    if (!state.waiting && !state.running && !state.queued) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main(): Promise<void> {
  const quietMs = Number(process.env.REBUILD_QUIET_SECONDS ?? 3) * 1000;
  const maxWaitMs = Number(process.env.REBUILD_MAX_WAIT_SECONDS ?? 20) * 1000;
  const booted = Date.now();
  console.log('booting a seeded Strapi and building the site once (minutes on a busy machine) …');
  const system = await startLiveSystem({ quietMs, maxWaitMs });
  console.log(`ready in ${seconds(Date.now() - booted)}: site ${system.siteUrl}, CMS ${system.strapi.url}`);
  try {
    const articles = await publishedArticles(system, runs);
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await settled(system);
      const article = articles[run % articles.length];
      if (!article) throw new Error('the seeded Strapi lists no articles');
      const marker = `bench${Date.now()}`;
      const clicked = Date.now();
      await publishTitle(system, article, `${article.title} ${marker}`);
      const ms = await waitUntilServed(
        `${system.siteUrl}/articles/${article.slug}/`,
        marker,
        clicked,
        600_000,
      );
      times.push(ms);
      console.log(`run ${run + 1}/${runs}: live ${seconds(ms)} after the publish (${article.slug})`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median =
      sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
    console.log(
      `\npublish → live: median ${seconds(median)} over ${runs} runs (min ${seconds(sorted[0] ?? 0)}, max ${seconds(sorted.at(-1) ?? 0)}); quiet ${seconds(quietMs)}, max wait ${seconds(maxWaitMs)}`,
    );
    await settled(system);
    const timings = readLastRun(system.siteRoot)?.timingsMs ?? {};
    console.log(
      `last rebuild's steps: ${Object.entries(timings)
        .map(([name, ms]) => `${name} ${seconds(ms ?? 0)}`)
        .join(', ')}`,
    );
  } finally {
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
