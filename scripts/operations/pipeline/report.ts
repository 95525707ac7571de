import fs from 'node:fs';
import path from 'node:path';
import type { FieldIssue } from '@select-shandong/site/cms/errors';
import type { DocumentChanges } from './document-changes.ts';
import type { PipelineStep } from './errors.ts';
import type { FingerprintDocument } from './fingerprint.ts';
import type { SiteRootLayout } from './site-root.ts';

/** A warning the site build recorded (SITE_BUILD_REPORT), e.g. a relation without a target. */
export interface SiteBuildWarning {
  type: string;
  documentId: string;
  locale: string;
  field: string;
  message: string;
}

/** The record of one pipeline run. */
export interface BuildReport {
  /** The build id (also the folder name below builds/). */
  id: string;
  /** published: a new build is served; unchanged: nothing to do; failed: the old build is still served. */
  status: 'published' | 'unchanged' | 'failed';
  startedAt: string;
  finishedAt: string;
  strapiUrl: string;
  /** The SITE_URL the build was made for (absolute links depend on it). */
  siteUrl: string;
  /** Content fingerprint: hash, documents per `type/locale`, and the collection documents themselves. */
  fingerprint: { hash: string; counts: Record<string, number>; documents?: FingerprintDocument[] } | null;
  /** Documents added, changed and removed since the served build; null when that build did not record its documents. */
  changes?: DocumentChanges | null;
  pageCount: number | null;
  linksChecked: number | null;
  searchQuery: string;
  searchHits: number | null;
  warnings: SiteBuildWarning[];
  /** Count drops beyond PIPELINE_MAX_DROP that --allow-drop let through, e.g. `industries (en): 10 → 0 (emptied)`. */
  allowedDrops: string[];
  /** Leftovers of killed runs removed at the start of this run (`builds/.staging-*` …). */
  sweptStaging: string[];
  /** Milliseconds per step that ran, plus `total`. */
  timingsMs: Partial<Record<PipelineStep | 'total', number>>;
  /** The build `current` points at after the run. */
  servedBuild: string | null;
  /** Why the run failed; `cause` is the first line of the underlying error, when there is one. */
  failure?: {
    step: PipelineStep;
    message: string;
    action: string;
    cause?: string;
    /** The document whose content stopped the build, when the error names one. */
    document?: { type: string; documentId: string; locale: string; issues: FieldIssue[] };
  };
}

/** The report of a kept build, or null when it has none. */
export function readBuildReport(layout: SiteRootLayout, id: string): BuildReport | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(layout.reportsDir, `${id}.json`), 'utf8')) as BuildReport;
  } catch {
    return null;
  }
}

/** The readable summary of a run, as printed and written to last-run.txt. */
export function formatReport(report: BuildReport): string {
  const lines = [`pipeline ${report.status.toUpperCase()} — run ${report.id}`];
  if (report.failure) {
    lines.push(
      `  failed at: ${report.failure.step}`,
      `  what: ${report.failure.message.replaceAll('\n', '\n    ')}`,
    );
    if (report.failure.cause && !report.failure.message.includes(report.failure.cause))
      lines.push(`  cause: ${report.failure.cause}`);
    lines.push(`  what to do: ${report.failure.action}`);
  }
  for (const drop of report.allowedDrops ?? []) lines.push(`  allowed drop (--allow-drop): ${drop}`);
  if (report.sweptStaging?.length)
    lines.push(`  swept leftovers of killed runs: ${report.sweptStaging.join(', ')}`);
  lines.push(`  served build: ${report.servedBuild ?? '(none)'}`);
  if (report.fingerprint) {
    lines.push(`  content fingerprint: ${report.fingerprint.hash.slice(0, 16)}`);
    const counts = Object.entries(report.fingerprint.counts).map(([key, count]) => `${key}=${count}`);
    lines.push(`  documents: ${counts.join(' ')}`);
  }
  if (report.changes) {
    const { added, changed, removed } = report.changes;
    lines.push(
      `  documents since the served build: ${added.length} added, ${changed.length} changed, ${removed.length} removed`,
    );
  }
  if (report.pageCount !== null)
    lines.push(`  pages: ${report.pageCount}, internal links checked: ${report.linksChecked}`);
  if (report.searchHits !== null)
    lines.push(`  search "${report.searchQuery}": ${report.searchHits} page(s)`);
  lines.push(`  warnings: ${report.warnings.length}`);
  for (const w of report.warnings.slice(0, 20))
    lines.push(`    ${w.type} ${w.documentId} (${w.locale}) ${w.field}: ${w.message}`);
  const timings = Object.entries(report.timingsMs).map(
    ([step, ms]) => `${step} ${((ms ?? 0) / 1000).toFixed(1)} s`,
  );
  lines.push(`  timings: ${timings.join(', ')}`);
  return lines.join('\n');
}

/** Writes last-run.json/.txt, and the kept report when the run published a build. */
export function writeReport(layout: SiteRootLayout, report: BuildReport): void {
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (report.status === 'published')
    fs.writeFileSync(path.join(layout.reportsDir, `${report.id}.json`), json);
  fs.writeFileSync(layout.lastRunJson, json);
  fs.writeFileSync(layout.lastRunText, `${formatReport(report)}\n`);
}
