import path from 'node:path';
import type { PipelineConfig } from './config.ts';
import { PipelineError } from './errors.ts';
import { formatReport } from './report.ts';
import { runPipeline } from './run-pipeline.ts';

/** Where `pnpm start` keeps its builds; the folder to serve is `<siteRoot>/current`. */
export interface LocalPublishOptions {
  strapiUrl: string;
  token: string;
  siteRoot: string;
  siteUrl: string;
}

/** The pipeline's settings for a local `pnpm start`: its defaults, waiting for a run in progress. */
export function localPipelineConfig(options: LocalPublishOptions): PipelineConfig {
  return {
    ...options,
    keepBuilds: 3,
    maxDrop: 0.1,
    searchQuery: '山东',
    timeoutMs: 30000,
    retryBudgetMs: 60000,
    // `pnpm start` (and its on-publish rebuilds) waits for a rebuild already running rather than failing.
    lockWaitSeconds: 600,
    lockStaleMs: 120 * 60_000,
    pageSize: 100,
    force: false,
    // Local demo data may be trimmed on purpose; the drop guard protects production runs.
    allowDrop: true,
  };
}

/**
 * Runs the pipeline with its defaults for a local `pnpm start` and returns the folder to serve.
 * A failed run still returns the last good build when there is one (after printing why).
 */
export async function publishLocally(options: LocalPublishOptions): Promise<string> {
  const report = await runPipeline(localPipelineConfig(options));
  const summary = formatReport(report).replaceAll('\n', '\n    ');
  if (report.status === 'failed' && !report.servedBuild) {
    throw new PipelineError(report.failure?.step ?? 'build', summary, report.failure?.action ?? '');
  }
  console.log(`    ${summary}`);
  return path.join(options.siteRoot, 'current');
}

/** One on-publish rebuild of `pnpm start`: runs the pipeline, logs its summary, resolves whether it did not fail. */
export async function rebuildLocally(
  options: LocalPublishOptions,
  log: (message: string) => void,
): Promise<boolean> {
  const report = await runPipeline(localPipelineConfig(options));
  log(formatReport(report).replaceAll('\n', '\n    '));
  return report.status !== 'failed';
}
