import { CONTENT_TYPE_RULES, SINGLE_TYPES } from '@select-shandong/shared-types';
import { PipelineError } from './errors.ts';

/** What the drop check compares: documents per `type/locale` now and in the last good build. */
export interface DropCheckInput {
  now: Record<string, number>;
  /** Counts of the last good build, or null for the first build. */
  previous: Record<string, number> | null;
  maxDrop: number;
  allowDrop: boolean;
}

/** One `type/locale` that lost documents beyond the limit. */
export interface CountDrop {
  /** `type/locale`, e.g. `industries/en`. */
  key: string;
  previous: number;
  now: number;
}

function isSingleType(key: string): boolean {
  return SINGLE_TYPES.some((single) => key.startsWith(`${CONTENT_TYPE_RULES[single].path}/`));
}

function describe(drop: CountDrop): string {
  const [type, locale] = drop.key.split('/');
  const share = (((drop.previous - drop.now) / drop.previous) * 100).toFixed(1);
  const what = drop.now === 0 ? 'emptied' : `−${share}%`;
  return `${type} (${locale}): ${drop.previous} → ${drop.now} (${what})`;
}

/** The collection/locale pairs that lost more than `maxDrop` (an emptied one always counts). */
export function collectionDrops(
  now: Record<string, number>,
  previous: Record<string, number>,
  maxDrop: number,
): CountDrop[] {
  const drops: CountDrop[] = [];
  for (const [key, before] of Object.entries(previous)) {
    if (isSingleType(key) || before <= 0) continue;
    const after = now[key] ?? 0;
    if (after === 0 || (before - after) / before > maxDrop) drops.push({ key, previous: before, now: after });
  }
  return drops;
}

/**
 * Fails when a single type is missing in a locale (never allowed: the site would fall back to
 * built-in text) or a collection/locale dropped beyond PIPELINE_MAX_DROP (allowed with
 * --allow-drop). Returns the drops it allowed, for the report.
 */
export function checkCounts({ now, previous, maxDrop, allowDrop }: DropCheckInput): string[] {
  const missing = Object.entries(now)
    .filter(([key, count]) => isSingleType(key) && count === 0)
    .map(([key]) => key.replace('/', ' ('))
    .map((name) => `${name})`);
  if (missing.length > 0) {
    throw new PipelineError(
      'fingerprint',
      `Single type(s) missing or empty: ${missing.join(', ')}. The site would fall back to built-in text.`,
      'Create and publish the named single type in that locale in Strapi (--allow-drop does not override this), then run the pipeline again.',
    );
  }
  if (!previous) return [];
  const drops = collectionDrops(now, previous, maxDrop).map(describe);
  if (drops.length === 0) return [];
  if (allowDrop) return drops;
  throw new PipelineError(
    'fingerprint',
    `Published document count dropped against the last good build (limit ${(maxDrop * 100).toFixed(0)}% per type and locale, PIPELINE_MAX_DROP):\n${drops.join('\n')}`,
    'If content was removed on purpose run `pnpm run pipeline --allow-drop`; otherwise check what was unpublished or deleted in Strapi.',
  );
}
