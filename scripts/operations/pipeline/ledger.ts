import fs from 'node:fs';
import path from 'node:path';
import { PipelineError } from './errors.ts';

/** How a build came to be served. */
export type PublishHow = 'pipeline' | 'rollback';

/** One line of `published.jsonl`: a build that passed verify was made the served one. */
export interface LedgerEntry {
  id: string;
  publishedAt: string;
  how: PublishHow;
  /** For a rollback: the build it rolled back from. */
  from?: string;
}

/** The ledger file of a SITE_ROOT. */
export function ledgerFile(root: string): string {
  return path.join(root, 'published.jsonl');
}

/** Every entry, oldest first; unreadable lines (a torn last write) are skipped. */
export function readLedger(root: string): LedgerEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(ledgerFile(root), 'utf8');
  } catch {
    return [];
  }
  const entries: LedgerEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as LedgerEntry;
      if (typeof entry.id === 'string' && typeof entry.publishedAt === 'string') entries.push(entry);
    } catch {
      // A line cut by a crash mid-append: the builds before it are still known.
    }
  }
  return entries;
}

/**
 * Entries for a SITE_ROOT from before the ledger: every kept build with a report was published
 * (reports were only written for published builds); earlier rollbacks are not known.
 */
export function entriesFromReports(reportsDir: string, kept: string[]): LedgerEntry[] {
  return kept.flatMap((id) => {
    try {
      const report = JSON.parse(fs.readFileSync(path.join(reportsDir, `${id}.json`), 'utf8')) as {
        status?: string;
        finishedAt?: string;
      };
      return report.status === 'published'
        ? [{ id, publishedAt: report.finishedAt ?? '', how: 'pipeline' as const }]
        : [];
    } catch {
      return [];
    }
  });
}

/** Appends one entry (one write of one line, fsynced). */
export function appendLedger(root: string, entry: LedgerEntry): void {
  const fd = fs.openSync(ledgerFile(root), 'a');
  try {
    fs.writeSync(fd, `${JSON.stringify(entry)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The ids the pipeline published, oldest first, each once. */
export function publishedIds(entries: LedgerEntry[]): string[] {
  const ids: string[] = [];
  for (const entry of entries) if (entry.how === 'pipeline' && !ids.includes(entry.id)) ids.push(entry.id);
  return ids;
}

/** What a rollback would serve, and why. */
export interface RollbackTarget {
  id: string;
  /** When the pipeline published it. */
  publishedAt: string;
  reason: string;
}

/**
 * The newest build the pipeline published before `current` that is still kept and was never rolled
 * back from (a build rolled away from is treated as bad).
 */
export function rollbackTarget(entries: LedgerEntry[], current: string, kept: string[]): RollbackTarget {
  const rolledBackFrom = new Set(entries.flatMap((entry) => (entry.from ? [entry.from] : [])));
  rolledBackFrom.add(current);
  const ids = publishedIds(entries);
  const position = ids.indexOf(current);
  const earlier = (position === -1 ? ids : ids.slice(0, position)).reverse();
  const id = earlier.find((candidate) => kept.includes(candidate) && !rolledBackFrom.has(candidate));
  if (!id) {
    throw new PipelineError(
      'rollback',
      `builds/${current} is the oldest published build still kept (published.jsonl); there is nothing earlier to roll back to.`,
      'Fix the content in Strapi and run `pnpm run pipeline --force` to publish a new build.',
    );
  }
  const publishedAt = entries.find((entry) => entry.id === id && entry.how === 'pipeline')?.publishedAt ?? '';
  return { id, publishedAt, reason: `previous published build before ${current}` };
}
