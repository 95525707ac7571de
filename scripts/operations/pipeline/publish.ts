import fs from 'node:fs';
import path from 'node:path';
import { PipelineError } from './errors.ts';
import { appendLedger, entriesFromReports, publishedIds, readLedger, rollbackTarget } from './ledger.ts';
import { currentBuildId, listBuildIds, type SiteRootLayout } from './site-root.ts';

/**
 * Points `current` at `builds/<id>` atomically: a new symlink is written beside it and renamed
 * over it, so a reader sees either the old build or the new one, never a missing or half folder.
 */
export function switchCurrent(layout: SiteRootLayout, id: string): void {
  const target = path.join('builds', id);
  if (!fs.existsSync(path.join(layout.root, target, 'index.html'))) {
    throw new PipelineError(
      'publish',
      `builds/${id} has no index.html.`,
      'Run the pipeline again to make a complete build.',
    );
  }
  const temporary = `${layout.currentLink}.next-${process.pid}`;
  fs.rmSync(temporary, { force: true });
  fs.symlinkSync(target, temporary);
  fs.renameSync(temporary, layout.currentLink);
}

/** Serves a verified build: switches `current` to it and records it in `published.jsonl`. */
export function publishBuild(layout: SiteRootLayout, id: string): void {
  switchCurrent(layout, id);
  appendLedger(layout.root, { id, publishedAt: new Date().toISOString(), how: 'pipeline' });
}

/**
 * Keeps `current` and the newest `keep` builds the ledger says were published; removes every other
 * build folder (and its report), including folders that never passed verify and publish.
 */
export function pruneBuilds(layout: SiteRootLayout, keep: number): string[] {
  const current = currentBuildId(layout);
  const published = publishedIds(readLedger(layout.root));
  const kept = new Set(published.slice(-keep));
  if (current) kept.add(current);
  const removable = listBuildIds(layout).filter((id) => !kept.has(id));
  for (const id of removable) {
    fs.rmSync(path.join(layout.buildsDir, id), { recursive: true, force: true });
    fs.rmSync(path.join(layout.reportsDir, `${id}.json`), { force: true });
  }
  return removable;
}

/** What a rollback did. */
export interface RollbackResult {
  from: string;
  to: string;
  /** When `to` was first published by the pipeline. */
  publishedAt: string;
  reason: string;
}

/**
 * Points `current` at the newest build published before it (per `published.jsonl`) that was not
 * rolled back from, and records the rollback in the ledger.
 */
export function rollback(layout: SiteRootLayout): RollbackResult {
  const current = currentBuildId(layout);
  if (!current) {
    throw new PipelineError(
      'rollback',
      `Nothing is published in ${layout.root}.`,
      'Run `pnpm run pipeline` first.',
    );
  }
  const kept = listBuildIds(layout);
  const ledger = readLedger(layout.root);
  const entries = ledger.length > 0 ? ledger : entriesFromReports(layout.reportsDir, kept);
  const target = rollbackTarget(entries, current, kept);
  switchCurrent(layout, target.id);
  appendLedger(layout.root, {
    id: target.id,
    publishedAt: new Date().toISOString(),
    how: 'rollback',
    from: current,
  });
  return { from: current, to: target.id, publishedAt: target.publishedAt, reason: target.reason };
}
