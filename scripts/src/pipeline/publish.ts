import fs from 'node:fs';
import path from 'node:path';
import { PipelineError } from './errors.ts';
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

/** Removes the oldest builds (and their reports) beyond `keep`, never the one `current` points at. */
export function pruneBuilds(layout: SiteRootLayout, keep: number): string[] {
  const current = currentBuildId(layout);
  const ids = listBuildIds(layout);
  const removable = ids.slice(0, Math.max(0, ids.length - keep)).filter((id) => id !== current);
  for (const id of removable) {
    fs.rmSync(path.join(layout.buildsDir, id), { recursive: true, force: true });
    fs.rmSync(path.join(layout.reportsDir, `${id}.json`), { force: true });
  }
  return removable;
}

/** Points `current` at the good build before the current one; returns [from, to]. */
export function rollback(layout: SiteRootLayout): { from: string; to: string } {
  const current = currentBuildId(layout);
  const ids = listBuildIds(layout);
  if (!current) {
    throw new PipelineError(
      'rollback',
      `Nothing is published in ${layout.root}.`,
      'Run `pnpm run pipeline` first.',
    );
  }
  const index = ids.indexOf(current);
  const previous = index > 0 ? ids[index - 1] : undefined;
  if (!previous) {
    throw new PipelineError(
      'rollback',
      `builds/${current} is the oldest kept build; there is nothing earlier to roll back to.`,
      'Fix the content in Strapi and run `pnpm run pipeline --force` to publish a new build.',
    );
  }
  switchCurrent(layout, previous);
  return { from: current, to: previous };
}
