import fs from 'node:fs';

/** A published document named in a build's change list. */
export interface StatusDocument {
  /** Content type, e.g. `article`. */
  type: string;
  locale: string;
  documentId: string;
  slug: string;
}

/** The field problems of the document that stopped a build (the site's ContentValidationError). */
export interface StatusDocumentProblem {
  type: string;
  documentId: string;
  locale: string;
  issues: Array<{ path: string; problem: string }>;
}

/** The last pipeline run as the editor needs it. */
export interface StatusLastRun {
  /** published: the site shows it; unchanged: nothing to publish; failed: the site still shows the build before. */
  status: 'published' | 'unchanged' | 'failed';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Pages of the published build (null when the run did not get that far). */
  pageCount: number | null;
  /** Documents added, changed and removed since the build before; null when unknown. */
  changes: { added: StatusDocument[]; changed: StatusDocument[]; removed: StatusDocument[] } | null;
  /** Why a failed run failed, in the pipeline's words, and the document it names when there is one. */
  failure: { step: string; message: string; action: string; document: StatusDocumentProblem | null } | null;
}

/**
 * BUILD_STATUS_FILE: written by the rebuild service (`pnpm start`, `pnpm rebuild-service`) after
 * every change of its queue and every run, read by the admin's build-status route.
 */
export interface BuildStatusFile {
  /** When the file was written. */
  updatedAt: string;
  /** The rebuild queue. */
  rebuild: { waiting: boolean; nextRunAt: string | null; running: boolean; queued: boolean };
  /** The last pipeline run, or null before the first one. */
  lastRun: StatusLastRun | null;
}

/** Reads the status file; null when it does not exist yet, an Error naming the file when it is unreadable. */
export function readBuildStatusFile(file: string): BuildStatusFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`cannot read the build status file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let parsed: Partial<BuildStatusFile>;
  try {
    parsed = JSON.parse(text) as Partial<BuildStatusFile>;
  } catch (error) {
    throw new Error(`the build status file ${file} is not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (typeof parsed?.updatedAt !== 'string' || typeof parsed.rebuild !== 'object' || !('lastRun' in parsed)) {
    throw new Error(
      `the build status file ${file} is not one the rebuild service wrote (updatedAt, rebuild, lastRun)`,
    );
  }
  return parsed as BuildStatusFile;
}
