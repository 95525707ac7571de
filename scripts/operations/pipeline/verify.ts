import fs from 'node:fs';
import path from 'node:path';
import {
  type CmsLocale,
  COLLECTION_TYPES,
  CONTENT_TYPE_RULES,
  type CollectionTypeName,
} from '@select-shandong/shared-types';
import { toSiteLocale } from '@select-shandong/site/i18n/locales';
import { documentPath, outputFileFor } from '@select-shandong/site/i18n/paths';
import { checkLinks, formatBrokenLinks } from '../site-checks/link-check.ts';
import { listFiles } from '../site-checks/site-files.ts';
import { checkWellFormed, formatMalformed } from '../site-checks/well-formed.ts';
import { PipelineError } from './errors.ts';
import type { FingerprintDocument } from './fingerprint.ts';
import { searchIndexFiles } from './search-index.ts';

/** What verification checks a new build against. */
export interface VerifyInput {
  buildDir: string;
  siteUrl: string;
  documents: FingerprintDocument[];
  searchQuery: string;
  /** Page count of the last good build, or null for the first build. */
  previousPageCount: number | null;
  maxDrop: number;
  allowDrop: boolean;
}

/** What verification measured. */
export interface VerifyResult {
  pageCount: number;
  linksChecked: number;
  documentPages: number;
  searchHits: number;
  /** The page-count drop --allow-drop let through, if any. */
  allowedDrop: string | null;
}

/** The collection type whose REST path (`/api/<path>`) a fingerprint document was listed from. */
function collectionTypeOf(restPath: string): CollectionTypeName {
  const type = COLLECTION_TYPES.find((name) => CONTENT_TYPE_RULES[name].path === restPath);
  if (!type) {
    throw new Error(
      `No collection type has the REST path "${restPath}"; expected one of ${COLLECTION_TYPES.map((name) => CONTENT_TYPE_RULES[name].path).join(', ')}.`,
    );
  }
  return type;
}

/**
 * The page a document is built at, relative to the build folder. It asks the site's own path
 * functions, so a change of URL scheme in the site cannot make verify look for the wrong file.
 */
export function documentPageFile(doc: FingerprintDocument): string {
  const locale = toSiteLocale(doc.locale as CmsLocale);
  return outputFileFor(documentPath(locale, collectionTypeOf(doc.collection), doc.slug));
}

/** How a count compares with the last good build's. */
export interface CountCheck {
  /** What is counted, e.g. "Page count". */
  what: string;
  step: 'fingerprint' | 'verify';
  now: number;
  previous: number | null;
  maxDrop: number;
  allowDrop: boolean;
}

/** Fails when the share lost against the last good build is above `maxDrop`; returns an allowed drop. */
export function checkDrop({ what, step, now, previous, maxDrop, allowDrop }: CountCheck): string | null {
  if (previous === null || previous === 0) return null;
  const drop = (previous - now) / previous;
  if (drop <= maxDrop) return null;
  if (allowDrop) return `${what}: ${previous} → ${now} (−${(drop * 100).toFixed(1)}%)`;
  throw new PipelineError(
    step,
    `${what} dropped from ${previous} to ${now} (−${(drop * 100).toFixed(1)}%, limit ${(maxDrop * 100).toFixed(0)}%, PIPELINE_MAX_DROP).`,
    'If content was removed on purpose run `pnpm run pipeline --allow-drop`; otherwise check what was unpublished or deleted in Strapi.',
  );
}

/** Checks a finished build before it may be published; throws a PipelineError on the first failure. */
export function verifyBuild(input: VerifyInput): VerifyResult {
  const pageCount = listFiles(input.buildDir, '.html').length;
  const allowedDrop = checkDrop({
    what: 'Page count',
    step: 'verify',
    now: pageCount,
    previous: input.previousPageCount,
    maxDrop: input.maxDrop,
    allowDrop: input.allowDrop,
  });

  const links = checkLinks(input.buildDir, input.siteUrl);
  if (links.broken.length > 0) {
    throw new PipelineError(
      'verify',
      `${links.broken.length} internal link(s) do not resolve:\n${formatBrokenLinks(links.broken, 20)}`,
      'Fix the links in the named pages (or the documents they come from) in Strapi, then run the pipeline again.',
    );
  }

  const wellFormed = checkWellFormed(input.buildDir);
  if (wellFormed.malformed.length > 0) {
    throw new PipelineError(
      'verify',
      `${wellFormed.malformed.length} feed, sitemap or JSON-LD block(s) are not well-formed:\n${formatMalformed(wellFormed.malformed, 20)}`,
      'Find the document behind the named file (an article title or summary, usually) and check the site build for what writes it unescaped.',
    );
  }

  const missing = input.documents.filter(
    (doc) => !fs.existsSync(path.join(input.buildDir, documentPageFile(doc))),
  );
  if (missing.length > 0) {
    const lines = missing
      .slice(0, 20)
      .map((doc) => `${doc.collection} ${doc.documentId} (${doc.locale}) → /${documentPageFile(doc)}`);
    throw new PipelineError(
      'verify',
      `${missing.length} of ${input.documents.length} published document(s) have no page in the build (${pageCount} pages):\n${lines.join('\n')}`,
      'Check the site build log for these documents (a validation error or a missing route).',
    );
  }

  const search = searchIndexFiles(input.buildDir, input.searchQuery);
  if (search.urls.length === 0) {
    throw new PipelineError(
      'verify',
      `The search index (${search.fragments} fragments in pagefind/fragment/) has no page containing "${input.searchQuery}".`,
      'Check the Pagefind step of the site build; PIPELINE_SEARCH_QUERY sets the term that must be found.',
    );
  }
  return {
    pageCount,
    linksChecked: links.linksChecked,
    documentPages: input.documents.length,
    searchHits: search.urls.length,
    allowedDrop,
  };
}
