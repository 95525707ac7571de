import { createHash } from 'node:crypto';
import {
  CMS_LOCALES,
  COLLECTION_TYPES,
  CONTENT_TYPE_RULES,
  SINGLE_TYPES,
} from '@select-shandong/shared-types';
import { type CmsClient, createCmsClient } from '@select-shandong/site/cms/client';
import { CmsError, ContentValidationError } from '@select-shandong/site/cms/errors';
import { PipelineError } from './errors.ts';

/** How the pipeline reaches Strapi for its own (cheap) requests. */
export interface CmsTarget {
  strapiUrl: string;
  token: string;
  /** Per-attempt timeout (STRAPI_TIMEOUT_MS). */
  timeoutMs: number;
  /** Total retry time of one request (STRAPI_RETRY_BUDGET_MS). */
  retryBudgetMs: number;
}

/** One published document as the fingerprint sees it. */
export interface FingerprintDocument {
  collection: string;
  locale: string;
  documentId: string;
  slug: string;
  updatedAt: string;
}

/** A cheap summary of the published content: enough to tell whether anything changed. */
export interface ContentFingerprint {
  /** sha256 over every (type, locale, documentId, updatedAt). */
  hash: string;
  /** Documents per `collection/locale` (single types count 0 or 1). */
  counts: Record<string, number>;
  /** Every collection document, for the "every document has its page" check. */
  documents: FingerprintDocument[];
}

/** Turns a CMS failure into a fingerprint PipelineError that says what to check. */
function asPipelineError(cause: unknown): unknown {
  if (cause instanceof ContentValidationError) {
    return new PipelineError(
      'fingerprint',
      cause.message,
      'Check that STRAPI_URL points at this project’s Strapi and that the content type exists.',
      { cause },
    );
  }
  if (!(cause instanceof CmsError)) return cause;
  const auth = cause.status === 401 || cause.status === 403;
  return new PipelineError(
    'fingerprint',
    cause.message,
    auth
      ? 'Check STRAPI_TOKEN: it must be the read-only build token of this Strapi.'
      : 'Check that Strapi is running and healthy at STRAPI_URL (its log says why it failed), then run the pipeline again.',
    { cause },
  );
}

/** Hashes every (type, locale, documentId, slug, updatedAt) and counts documents per `type/locale`. */
async function summarize(client: CmsClient): Promise<ContentFingerprint> {
  const rows: string[] = [];
  const counts: Record<string, number> = {};
  const documents: FingerprintDocument[] = [];
  for (const type of COLLECTION_TYPES) {
    const collection = CONTENT_TYPE_RULES[type].path;
    for (const locale of CMS_LOCALES) {
      let count = 0;
      for await (const doc of client.listDocuments(type, locale)) {
        count += 1;
        documents.push({ collection, locale, ...doc });
        rows.push(`${collection}/${locale}/${doc.documentId}/${doc.slug}:${doc.updatedAt}`);
      }
      counts[`${collection}/${locale}`] = count;
    }
  }
  for (const type of SINGLE_TYPES) {
    const single = CONTENT_TYPE_RULES[type].path;
    for (const locale of CMS_LOCALES) {
      // 404 (not created in this locale) counts 0; the drop check decides whether that may publish.
      const ref = await client.fetchSingleRef(type, locale);
      counts[`${single}/${locale}`] = ref ? 1 : 0;
      if (ref) rows.push(`${single}/${locale}/${ref.documentId}:${ref.updatedAt}`);
    }
  }
  rows.sort();
  const hash = createHash('sha256').update(rows.join('\n')).digest('hex');
  return { hash, counts, documents };
}

/** Fetches only ids, slugs and timestamps of every published document and hashes them. */
export async function contentFingerprint(target: CmsTarget, pageSize: number): Promise<ContentFingerprint> {
  const client = createCmsClient({
    baseUrl: target.strapiUrl,
    token: target.token,
    timeoutMs: target.timeoutMs,
    retryBudgetMs: target.retryBudgetMs,
    baseDelayMs: 250,
    pageSize,
    log: () => {},
  });
  try {
    return await summarize(client);
  } catch (cause) {
    throw asPipelineError(cause);
  }
}
