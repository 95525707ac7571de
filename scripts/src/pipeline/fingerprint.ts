import { createHash } from 'node:crypto';
import { CmsError } from '../../../site/src/cms/errors.ts';
import { getJson, type RequestOptions } from '../../../site/src/cms/request.ts';
import { PipelineError } from './errors.ts';

/** Collection types with a page per document, by API path. */
export const COLLECTIONS = ['articles', 'cities', 'industries', 'parks', 'projects', 'contacts'] as const;
/** Single types the site reads. */
export const SINGLE_TYPES = ['site-setting', 'advantages-page'] as const;
/** CMS locales the site is built in. */
export const CMS_LOCALES = ['zh-Hans', 'en'] as const;

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

interface ListBody {
  data: Array<{ documentId?: unknown; updatedAt?: unknown; slug?: unknown }>;
  meta: { pagination: { pageCount: number } };
}

function isListBody(body: unknown): body is ListBody {
  const candidate = body as ListBody | null;
  return Array.isArray(candidate?.data) && typeof candidate?.meta?.pagination?.pageCount === 'number';
}

/** GETs through the site's CMS request function; a failure becomes a fingerprint PipelineError. */
async function cmsGet(target: CmsTarget, pathAndQuery: string, allowNotFound: boolean): Promise<unknown> {
  const options: RequestOptions = {
    token: target.token,
    timeoutMs: target.timeoutMs,
    retryBudgetMs: target.retryBudgetMs,
    baseDelayMs: 250,
    allowNotFound,
  };
  try {
    return await getJson(`${target.strapiUrl}${pathAndQuery}`, options);
  } catch (cause) {
    if (!(cause instanceof CmsError)) throw cause;
    const auth = cause.status === 401 || cause.status === 403;
    throw new PipelineError(
      'fingerprint',
      cause.message,
      auth
        ? 'Check STRAPI_TOKEN: it must be the read-only build token of this Strapi.'
        : 'Check that Strapi is running and healthy at STRAPI_URL (its log says why it failed), then run the pipeline again.',
      { cause },
    );
  }
}

/** Reads documentId, slug and updatedAt of every published document, page by page. */
async function listDocuments(target: CmsTarget, collection: string, locale: string, pageSize: number) {
  const documents: FingerprintDocument[] = [];
  // Bounded: a Strapi that keeps reporting more pages cannot loop us forever.
  for (let page = 1; page <= 10_000; page += 1) {
    const query = `locale=${locale}&pagination[page]=${page}&pagination[pageSize]=${pageSize}&fields[0]=updatedAt&fields[1]=slug&sort[0]=id:asc`;
    const body = await cmsGet(target, `/api/${collection}?${query}`, false);
    if (!isListBody(body)) {
      throw new PipelineError(
        'fingerprint',
        `Strapi answered GET ${target.strapiUrl}/api/${collection}?${query} (${collection}, ${locale}) without a { data, meta.pagination } list.`,
        'Check that STRAPI_URL points at this project’s Strapi and that the content type exists.',
      );
    }
    for (const doc of body.data) {
      documents.push({
        collection,
        locale,
        documentId: String(doc.documentId),
        slug: String(doc.slug),
        updatedAt: String(doc.updatedAt),
      });
    }
    if (page >= body.meta.pagination.pageCount) break;
  }
  return documents;
}

/** Fetches only ids, slugs and timestamps of every published document and hashes them. */
export async function contentFingerprint(target: CmsTarget, pageSize: number): Promise<ContentFingerprint> {
  const rows: string[] = [];
  const counts: Record<string, number> = {};
  const documents: FingerprintDocument[] = [];
  for (const collection of COLLECTIONS) {
    for (const locale of CMS_LOCALES) {
      const listed = await listDocuments(target, collection, locale, pageSize);
      counts[`${collection}/${locale}`] = listed.length;
      documents.push(...listed);
      for (const doc of listed)
        rows.push(`${collection}/${locale}/${doc.documentId}/${doc.slug}:${doc.updatedAt}`);
    }
  }
  for (const single of SINGLE_TYPES) {
    for (const locale of CMS_LOCALES) {
      // 404 (not created in this locale) counts 0; the drop check decides whether that may publish.
      const body = (await cmsGet(target, `/api/${single}?locale=${locale}&fields[0]=updatedAt`, true)) as {
        data?: { documentId?: unknown; updatedAt?: unknown } | null;
      } | null;
      const data = body?.data;
      counts[`${single}/${locale}`] = data ? 1 : 0;
      if (data) rows.push(`${single}/${locale}/${String(data.documentId)}:${String(data.updatedAt)}`);
    }
  }
  rows.sort();
  const hash = createHash('sha256').update(rows.join('\n')).digest('hex');
  return { hash, counts, documents };
}
