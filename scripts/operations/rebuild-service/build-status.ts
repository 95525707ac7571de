import fs from 'node:fs';
import path from 'node:path';
import type {
  BuildStatusFile,
  StatusDocument,
  StatusLastRun,
} from '@select-shandong/cms/build-status/status-file';
import { CONTENT_TYPE_RULES, type ContentTypeName } from '@select-shandong/shared-types';
import type { ChangedDocument } from '../pipeline/document-changes.ts';
import type { BuildReport } from '../pipeline/report.ts';
import { siteRootLayout } from '../pipeline/site-root.ts';
import type { SchedulerState } from './rebuild-scheduler.ts';

// The pipeline names collections by their API path; the admin knows content types by name.
const TYPE_BY_COLLECTION = new Map<string, ContentTypeName>(
  Object.entries(CONTENT_TYPE_RULES).map(([type, rule]) => [rule.path, type as ContentTypeName]),
);

const asStatusDocument = (doc: ChangedDocument): StatusDocument => ({
  type: TYPE_BY_COLLECTION.get(doc.collection) ?? doc.collection,
  locale: doc.locale,
  documentId: doc.documentId,
  slug: doc.slug,
});

/** What the admin shows of one pipeline run. */
export function lastRunSummary(report: BuildReport): StatusLastRun {
  const changes = report.changes;
  return {
    status: report.status,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    durationMs: report.timingsMs.total ?? 0,
    pageCount: report.pageCount,
    changes: changes
      ? {
          added: changes.added.map(asStatusDocument),
          changed: changes.changed.map(asStatusDocument),
          removed: changes.removed.map(asStatusDocument),
        }
      : null,
    failure: report.failure
      ? {
          step: report.failure.step,
          message: report.failure.message,
          action: report.failure.action,
          document: report.failure.document ?? null,
        }
      : null,
  };
}

/** The report of the last pipeline run in a SITE_ROOT (last-run.json), or null before the first. */
export function readLastRun(siteRoot: string): BuildReport | null {
  try {
    return JSON.parse(fs.readFileSync(siteRootLayout(siteRoot).lastRunJson, 'utf8')) as BuildReport;
  } catch {
    return null;
  }
}

/** Writes the status file the admin reads, whole or not at all (temp file, then rename). */
export function writeBuildStatus(file: string, state: SchedulerState, lastRun: BuildReport | null): void {
  const status: BuildStatusFile = {
    updatedAt: new Date().toISOString(),
    rebuild: {
      waiting: state.waiting,
      nextRunAt: state.nextRunAt,
      running: state.running,
      queued: state.queued,
    },
    lastRun: lastRun ? lastRunSummary(lastRun) : null,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(status, null, 2)}\n`);
  fs.renameSync(temporary, file);
}
