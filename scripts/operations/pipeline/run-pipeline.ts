import fs from 'node:fs';
import path from 'node:path';
import { parseContentValidationMessage } from '@select-shandong/site/cms/errors';
import { buildSite } from '../site-build/build-site.ts';
import { checkCompleteness } from './completeness.ts';
import type { PipelineConfig } from './config.ts';
import { documentChanges } from './document-changes.ts';
import { checkCounts } from './drop-check.ts';
import { PipelineError, type PipelineStep } from './errors.ts';
import { contentFingerprint } from './fingerprint.ts';
import { pruneBuilds, publishBuild } from './publish.ts';
import { type BuildReport, readBuildReport, type SiteBuildWarning, writeReport } from './report.ts';
import { acquireSiteLock } from './site-lock.ts';
import { currentBuildId, newBuildId, type SiteRootLayout, siteRootLayout } from './site-root.ts';
import { sweepStaging } from './sweep.ts';
import { verifyBuild } from './verify.ts';

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

/** A failure of any kind as a PipelineError of the step that was running (keeping the cause). */
function asPipelineError(error: unknown, step: PipelineStep): PipelineError {
  if (error instanceof PipelineError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const action =
    code === 'ENOSPC'
      ? 'The disk holding SITE_ROOT is full: free space (old builds, logs) and run the pipeline again.'
      : 'See the message above; the served build was left as it was.';
  return new PipelineError(step, message, action, { cause: error });
}

/** Runs `astro build` into `stagingDir` with its own scratch folder; fails on a non-zero exit or ENOSPC. */
async function buildStaging(
  config: PipelineConfig,
  dirs: { staging: string; scratch: string; warnings: string; imageCache: string },
  onLog: (line: string) => void,
): Promise<void> {
  const log: string[] = [];
  try {
    await buildSite({
      strapiUrl: config.strapiUrl,
      token: config.token,
      outDir: dirs.staging,
      siteUrl: config.siteUrl,
      scratchDir: dirs.scratch,
      imageCacheDir: dirs.imageCache,
      env: {
        SITE_BUILD_REPORT: dirs.warnings,
        STRAPI_TIMEOUT_MS: String(config.timeoutMs),
        STRAPI_RETRY_BUDGET_MS: String(config.retryBudgetMs),
      },
      onLog: (line) => {
        log.push(line);
        onLog(line);
      },
    });
  } catch (cause) {
    throw new PipelineError(
      'build',
      `The site build failed:\n${errorLines(log).join('\n') || (cause instanceof Error ? cause.message : String(cause))}`,
      'The lines above name the document and field (or the CMS request); fix it in Strapi (or the site code) and run the pipeline again.',
      { cause },
    );
  }
  // Astro has exited 0 after a failed write; a full disk must never reach publish.
  const full = log.find((line) => /ENOSPC|no space left on device/i.test(line));
  if (full) {
    throw new PipelineError(
      'build',
      `The site build could not write its output: ${full.trim()}`,
      'The disk holding SITE_ROOT is full: free space (old builds, logs) and run the pipeline again.',
    );
  }
}

function newReport(config: PipelineConfig, id: string, served: string | null): BuildReport {
  return {
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
    allowedDrops: [],
    sweptStaging: [],
    timingsMs: {},
    servedBuild: served,
  };
}

/** fetch → build → verify → publish for one run that holds the lock; fills `report`. */
async function runSteps(
  config: PipelineConfig,
  layout: SiteRootLayout,
  report: BuildReport,
  onLog: (line: string) => void,
): Promise<void> {
  let step: PipelineStep = 'fingerprint';
  const timed = async <T>(name: PipelineStep, run: () => Promise<T> | T): Promise<T> => {
    step = name;
    const started = performance.now();
    try {
      return await run();
    } finally {
      report.timingsMs[name] = Math.round(performance.now() - started);
    }
  };
  // This run's own folders, removed when it ends; the picture cache is not one of them.
  const dirs = {
    staging: path.join(layout.buildsDir, `.staging-${report.id}`),
    scratch: path.join(layout.buildsDir, `.scratch-${report.id}`),
    warnings: path.join(layout.buildsDir, `.warnings-${report.id}.json`),
  };
  const previous = report.servedBuild ? readBuildReport(layout, report.servedBuild) : null;
  try {
    const fingerprint = await timed('fingerprint', () => contentFingerprint(config, config.pageSize));
    report.fingerprint = {
      hash: fingerprint.hash,
      counts: fingerprint.counts,
      documents: fingerprint.documents,
    };
    report.changes = documentChanges(previous?.fingerprint?.documents, fingerprint.documents);
    if (
      !config.force &&
      previous?.fingerprint?.hash === fingerprint.hash &&
      previous.siteUrl === config.siteUrl
    ) {
      report.status = 'unchanged';
      return;
    }
    report.allowedDrops = checkCounts({
      now: fingerprint.counts,
      previous: previous?.fingerprint?.counts ?? null,
      maxDrop: config.maxDrop,
      allowDrop: config.allowDrop,
    });

    await timed('build', () => buildStaging(config, { ...dirs, imageCache: layout.imageCacheDir }, onLog));
    report.warnings = readWarnings(dirs.warnings);

    const verified = await timed('verify', () => {
      checkCompleteness(dirs.staging, fingerprint.documents);
      return verifyBuild({
        buildDir: dirs.staging,
        siteUrl: config.siteUrl,
        documents: fingerprint.documents,
        searchQuery: config.searchQuery,
        previousPageCount: previous?.pageCount ?? null,
        maxDrop: config.maxDrop,
        allowDrop: config.allowDrop,
      });
    });
    report.pageCount = verified.pageCount;
    report.linksChecked = verified.linksChecked;
    report.searchHits = verified.searchHits;
    if (verified.allowedDrop) report.allowedDrops.push(verified.allowedDrop);

    await timed('publish', () => {
      fs.renameSync(dirs.staging, path.join(layout.buildsDir, report.id));
      publishBuild(layout, report.id);
      report.status = 'published';
      report.servedBuild = report.id;
      pruneBuilds(layout, config.keepBuilds);
    });
  } catch (error) {
    const failure = asPipelineError(error, step);
    const cause = failure.cause instanceof Error ? failure.cause.message.split('\n')[0] : undefined;
    const document = parseContentValidationMessage(failure.message) ?? undefined;
    report.failure = {
      step: failure.step,
      message: failure.message,
      action: failure.action,
      cause,
      document,
    };
  } finally {
    for (const dir of Object.values(dirs)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Takes SITE_ROOT's lock, sweeps what killed runs left, then fetch (fingerprint) → build (astro +
 * Pagefind) → verify → publish (atomic switch of `current`). Never touches the served build unless
 * every step passed. Returns the run's report; a failed run has `failure` set and left `current`
 * as it was. Throws a PipelineError (step `lock`) when another run holds the lock.
 */
export async function runPipeline(
  config: PipelineConfig,
  onLog: (line: string) => void = () => {},
): Promise<BuildReport> {
  const started = performance.now();
  const layout = siteRootLayout(config.siteRoot);
  const lock = await acquireSiteLock(layout.root, {
    waitSeconds: config.lockWaitSeconds,
    staleAfterMs: config.lockStaleMs,
  });
  const report = newReport(config, newBuildId(), currentBuildId(layout));
  try {
    report.sweptStaging = sweepStaging(layout);
    await runSteps(config, layout, report, onLog);
    return report;
  } finally {
    report.finishedAt = new Date().toISOString();
    report.timingsMs.total = Math.round(performance.now() - started);
    try {
      writeReport(layout, report);
    } catch (error) {
      // The run's outcome stands (the CLI prints it); only the report file is missing.
      console.error(`pipeline: could not write the report to ${layout.root}: ${String(error)}`);
    }
    lock.release();
  }
}
