import fs from 'node:fs';
import path from 'node:path';
import { buildSite } from '../site/build-site.ts';
import type { PipelineConfig } from './config.ts';
import { PipelineError, type PipelineStep } from './errors.ts';
import { collectionTotal, contentFingerprint } from './fingerprint.ts';
import { pruneBuilds, switchCurrent } from './publish.ts';
import { type BuildReport, readBuildReport, type SiteBuildWarning, writeReport } from './report.ts';
import { currentBuildId, newBuildId, siteRootLayout } from './site-root.ts';
import { checkDrop, verifyBuild } from './verify.ts';

/** Times one step into `report.timingsMs`. */
async function timed<T>(report: BuildReport, step: PipelineStep, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    report.timingsMs[step] = Math.round(performance.now() - started);
  }
}

/** The lines of a failed build's log that say what went wrong (astro's tail is often page names). */
function errorLines(log: string[]): string[] {
  // Stack frames and the raw zod issue dump repeat what the first line says.
  return log
    .filter((line) => /error|failed|invalid|expected|cannot/i.test(line) && !/^\s+(at |")/.test(line))
    .slice(0, 15);
}

function readWarnings(file: string): SiteBuildWarning[] {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { warnings?: SiteBuildWarning[] }).warnings ?? [];
  } catch {
    return [];
  }
}

/**
 * fetch (fingerprint) → build (astro + Pagefind) → verify → publish (atomic switch of `current`).
 * Never touches the served build unless every step passed. Returns the run's report; a failed run
 * has `failure` set and left `current` as it was.
 */
export async function runPipeline(
  config: PipelineConfig,
  onLog: (line: string) => void = () => {},
): Promise<BuildReport> {
  const started = performance.now();
  const layout = siteRootLayout(config.siteRoot);
  const id = newBuildId();
  const served = currentBuildId(layout);
  const previous = served ? readBuildReport(layout, served) : null;
  const report: BuildReport = {
    id,
    status: 'failed',
    startedAt: new Date().toISOString(),
    finishedAt: '',
    strapiUrl: config.strapiUrl,
    siteUrl: config.siteUrl,
    fingerprint: null,
    pageCount: null,
    linksChecked: null,
    searchQuery: config.searchQuery,
    searchHits: null,
    warnings: [],
    timingsMs: {},
    servedBuild: served,
  };
  const stagingDir = path.join(layout.buildsDir, `.staging-${id}`);
  const warningsFile = path.join(layout.buildsDir, `.warnings-${id}.json`);
  try {
    const fingerprint = await timed(report, 'fingerprint', () => contentFingerprint(config, config.pageSize));
    report.fingerprint = { hash: fingerprint.hash, counts: fingerprint.counts };
    if (
      !config.force &&
      previous?.fingerprint?.hash === fingerprint.hash &&
      previous.siteUrl === config.siteUrl
    ) {
      report.status = 'unchanged';
      return report;
    }
    checkDrop({
      what: 'Published document count',
      step: 'fingerprint',
      now: collectionTotal(fingerprint.counts),
      previous: previous?.fingerprint ? collectionTotal(previous.fingerprint.counts) : null,
      maxDrop: config.maxDrop,
      allowDrop: config.allowDrop,
    });

    const log: string[] = [];
    await timed(report, 'build', async () => {
      // The site build reads its settings from the environment; this process runs one build at a time.
      process.env.SITE_BUILD_REPORT = warningsFile;
      process.env.STRAPI_TIMEOUT_MS = String(config.timeoutMs);
      try {
        await buildSite({
          strapiUrl: config.strapiUrl,
          token: config.token,
          outDir: stagingDir,
          siteUrl: config.siteUrl,
          onLog: (line) => {
            log.push(line);
            onLog(line);
          },
        });
      } catch (cause) {
        throw new PipelineError(
          'build',
          `The site build failed:\n${errorLines(log).join('\n') || (cause instanceof Error ? cause.message : String(cause))}`,
          'The lines above name the document and field; fix it in Strapi (or the site code) and run the pipeline again.',
          { cause },
        );
      }
    });
    report.warnings = readWarnings(warningsFile);

    const verified = await timed(report, 'verify', () =>
      verifyBuild({
        buildDir: stagingDir,
        siteUrl: config.siteUrl,
        documents: fingerprint.documents,
        searchQuery: config.searchQuery,
        previousPageCount: previous?.pageCount ?? null,
        maxDrop: config.maxDrop,
        allowDrop: config.allowDrop,
      }),
    );
    report.pageCount = verified.pageCount;
    report.linksChecked = verified.linksChecked;
    report.searchHits = verified.searchHits;

    await timed(report, 'publish', () => {
      fs.renameSync(stagingDir, path.join(layout.buildsDir, id));
      switchCurrent(layout, id);
      report.status = 'published';
      report.servedBuild = id;
      pruneBuilds(layout, config.keepBuilds);
    });
    return report;
  } catch (error) {
    const failure =
      error instanceof PipelineError
        ? error
        : new PipelineError(
            'publish',
            error instanceof Error ? error.message : String(error),
            'See the message above.',
            { cause: error },
          );
    report.failure = { step: failure.step, message: failure.message, action: failure.action };
    return report;
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    fs.rmSync(warningsFile, { force: true });
    report.finishedAt = new Date().toISOString();
    report.timingsMs.total = Math.round(performance.now() - started);
    writeReport(layout, report);
  }
}
