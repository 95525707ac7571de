import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SITE_LOCALES } from '@select-shandong/site/i18n/locales';
import { homePath, outputFileFor, SECTION_INDEXES, sectionPath } from '@select-shandong/site/i18n/paths';
import { FEED_COLUMNS, feedPath, policyFeedPath } from '@select-shandong/site/seo/feeds';
import { listFiles } from '../site-checks/site-files.ts';
import { PipelineError } from './errors.ts';
import type { FingerprintDocument } from './fingerprint.ts';
import { documentPageFile } from './verify.ts';

/** The REST collection of events, each of which also has a calendar file beside its page. */
const EVENTS = 'events';

/** Files @astrojs/sitemap always writes: the index robots.txt names and its first sitemap. */
const SITEMAP_FILES = ['sitemap-index.xml', 'sitemap-0.xml'];

/** Files Pagefind always writes. */
const PAGEFIND_FILES = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];

/** Every file a complete build must contain, relative to the build folder. */
export function expectedFiles(documents: FingerprintDocument[]): string[] {
  const files = new Set<string>(['404.html', 'robots.txt', ...SITEMAP_FILES, ...PAGEFIND_FILES]);
  for (const locale of SITE_LOCALES) {
    files.add(outputFileFor(homePath(locale)));
    for (const section of SECTION_INDEXES) files.add(outputFileFor(sectionPath(locale, section)));
    for (const column of FEED_COLUMNS) files.add(feedPath(locale, column).replace(/^\//, ''));
    files.add(policyFeedPath(locale).replace(/^\//, ''));
    files.add(`${sectionPath(locale, 'events').replace(/^\//, '')}calendar.ics`);
  }
  for (const doc of documents) {
    files.add(documentPageFile(doc));
    // `/events/<slug>/index.html` → `/events/<slug>.ics` (添加到日历).
    if (doc.collection === EVENTS) files.add(documentPageFile(doc).replace(/\/index\.html$/, '.ics'));
  }
  return [...files].sort();
}

function emptyOrMissing(buildDir: string, file: string): string | null {
  try {
    return fs.statSync(path.join(buildDir, file)).size === 0 ? 'empty' : null;
  } catch {
    return 'missing';
  }
}

/** Pagefind's gzipped index files that do not gunzip (a write cut short, e.g. by a full disk). */
function brokenIndexFiles(buildDir: string): string[] {
  if (!fs.existsSync(path.join(buildDir, 'pagefind'))) return [];
  const broken: string[] = [];
  for (const file of listFiles(path.join(buildDir, 'pagefind'), '')) {
    if (!/\.pf_(fragment|index|meta|filter)$/.test(file)) continue;
    try {
      gunzipSync(fs.readFileSync(path.join(buildDir, 'pagefind', file)));
    } catch (cause) {
      broken.push(`pagefind/${file} (${cause instanceof Error ? cause.message : String(cause)})`);
    }
  }
  return broken;
}

/**
 * Fails unless every expected page (each published document's page per locale, section and home
 * pages, sitemap, feeds, each event's calendar file and the events feed, Pagefind files) exists and is non-empty, no page or asset is empty, and
 * every Pagefind index file is readable.
 */
export function checkCompleteness(buildDir: string, documents: FingerprintDocument[]): number {
  const expected = expectedFiles(documents);
  const problems = expected.flatMap((file) => {
    const problem = emptyOrMissing(buildDir, file);
    return problem ? [`/${file}: ${problem}`] : [];
  });
  for (const file of listFiles(buildDir, '')) {
    if (/\.(html|xml|css|js|json)$/.test(file) && !expected.includes(file) && emptyOrMissing(buildDir, file))
      problems.push(`/${file}: empty`);
  }
  problems.push(...brokenIndexFiles(buildDir).map((file) => `${file}: unreadable`));
  if (problems.length > 0) {
    throw new PipelineError(
      'verify',
      `The build is incomplete: ${problems.length} file(s) missing, empty or unreadable:\n${problems.slice(0, 20).join('\n')}`,
      'Check free disk space in SITE_ROOT and the site build log (a page that failed to render), then run the pipeline again.',
    );
  }
  return expected.length;
}
