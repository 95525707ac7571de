import {
  type CmsLocale,
  CONTENT_TYPE_RULES,
  type CollectionTypeName,
  type ContentOf,
  type SingleTypeName,
} from '@select-shandong/shared-types';
import { type DocumentRef, documentRefSchema, type SingleRef, singleRefSchema } from './document-ref.ts';
import { collectionEnvelopeSchema, singleEnvelopeSchema } from './envelope.ts';
import { CmsError } from './errors.ts';
import { type QueryValue, serializeQuery } from './query.ts';
import { getJson, type RequestOptions } from './request.ts';
import { validateDocument, validateWith } from './validate-document.ts';

/** Settings of the CMS client; only `baseUrl` and `token` are required. */
export interface CmsClientOptions {
  /** Strapi base URL without trailing slash. */
  baseUrl: string;
  /** Read-only API token. */
  token: string;
  /** Per-request timeout (default 30 000 ms). */
  timeoutMs?: number;
  /** Most retries after the first attempt (default: as many as `retryBudgetMs` allows). */
  retries?: number;
  /** Total time one request may spend retrying (default 60 000 ms: outlasts a Strapi restart). */
  retryBudgetMs?: number;
  /** First backoff delay, doubled on each retry (default 500 ms). */
  baseDelayMs?: number;
  /** Documents per page; Strapi's maxLimit is 100 (default 100). */
  pageSize?: number;
  /** Log a progress line every this many pages, and after the last (default 5). */
  progressEveryPages?: number;
  /** Where progress lines go (default stderr). */
  log?: (line: string) => void;
}

/** The one way the site reads the CMS. */
export interface CmsClient {
  /** Yields every validated document of a collection in one locale, paging until pageCount. */
  fetchAllPages<T extends CollectionTypeName>(type: T, locale: CmsLocale): AsyncGenerator<ContentOf<T>>;
  /** Fetches a single type in one locale; null when it does not exist in that locale. */
  fetchSingle<T extends SingleTypeName>(type: T, locale: CmsLocale): Promise<ContentOf<T> | null>;
  /** Yields id, slug and updatedAt of every document of a collection in one locale (cheap: no populate). */
  listDocuments(type: CollectionTypeName, locale: CmsLocale): AsyncGenerator<DocumentRef>;
  /** Fetches id and updatedAt of a single type in one locale; null when it does not exist there. */
  fetchSingleRef(type: SingleTypeName, locale: CmsLocale): Promise<SingleRef | null>;
}

const writeStderr = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/** Creates the CMS client (paging, retries, auth, validation). */
export function createCmsClient(options: CmsClientOptions): CmsClient {
  const request: RequestOptions = {
    token: options.token,
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries,
    retryBudgetMs: options.retryBudgetMs ?? 60_000,
    baseDelayMs: options.baseDelayMs ?? 500,
  };
  const pageSize = options.pageSize ?? 100;
  const every = options.progressEveryPages ?? 5;
  const log = options.log ?? writeStderr;
  const urlFor = (path: string, params: { [key: string]: QueryValue }) =>
    `${options.baseUrl}/api/${path}?${serializeQuery(params)}`;

  /** Pages through one collection and locale until pageCount, checking it did not change meanwhile. */
  async function* pageThrough<D extends { documentId: string }>(
    path: string,
    locale: CmsLocale,
    query: { [key: string]: QueryValue },
    toDocument: (raw: Record<string, unknown>) => D,
  ): AsyncGenerator<D> {
    const seen = new Set<string>();
    let previousTotal = 0;
    for (let page = 1; ; page++) {
      const url = urlFor(path, { locale, pagination: { page, pageSize }, sort: ['id:asc'], ...query });
      const parsed = collectionEnvelopeSchema.safeParse(await getJson(url, request));
      if (!parsed.success) {
        throw new CmsError(
          `CMS response from GET ${url} is not a Strapi collection page: ${parsed.error.message}`,
          {
            url,
            status: 200,
            cause: parsed.error,
          },
        );
      }
      const { data, meta } = parsed.data;
      // With sort id:asc, new documents only append; a shrinking total means pages shifted and skipped some.
      if (meta.pagination.total < previousTotal) {
        throw changedWhilePaging(url, `total went from ${previousTotal} to ${meta.pagination.total}`);
      }
      previousTotal = meta.pagination.total;
      for (const raw of data) {
        const document = toDocument(raw);
        if (seen.has(document.documentId)) throw changedWhilePaging(url, `${document.documentId} came twice`);
        seen.add(document.documentId);
        yield document;
      }
      const last = page >= meta.pagination.pageCount;
      if (last || page % every === 0) log(`[cms] ${path} ${locale}: ${seen.size}/${meta.pagination.total}`);
      if (!last) continue;
      if (seen.size !== meta.pagination.total) {
        throw changedWhilePaging(
          url,
          `received ${seen.size} documents, Strapi reports ${meta.pagination.total}`,
        );
      }
      return;
    }
  }

  /** GETs one single type and locale; null on 404 (not created for this locale). */
  async function getSingle(
    path: string,
    locale: CmsLocale,
    query: { [key: string]: QueryValue },
  ): Promise<Record<string, unknown> | null> {
    const url = urlFor(path, { locale, ...query });
    const body = await getJson(url, { ...request, allowNotFound: true });
    if (body === null) {
      log(`[cms] ${path} ${locale}: not created for this locale`);
      return null;
    }
    const parsed = singleEnvelopeSchema.safeParse(body);
    if (!parsed.success) {
      throw new CmsError(
        `CMS response from GET ${url} is not a Strapi single type: ${parsed.error.message}`,
        {
          url,
          status: 200,
          cause: parsed.error,
        },
      );
    }
    log(`[cms] ${path} ${locale}: 1/1`);
    return parsed.data.data;
  }

  function fetchAllPages<T extends CollectionTypeName>(
    type: T,
    locale: CmsLocale,
  ): AsyncGenerator<ContentOf<T>> {
    const { path, populate } = CONTENT_TYPE_RULES[type];
    return pageThrough(path, locale, { populate }, (raw) => validateDocument(type, locale, raw));
  }

  function listDocuments(type: CollectionTypeName, locale: CmsLocale): AsyncGenerator<DocumentRef> {
    const fields = ['slug', 'updatedAt'];
    return pageThrough(CONTENT_TYPE_RULES[type].path, locale, { fields }, (raw) =>
      validateWith(documentRefSchema, type, locale, raw),
    );
  }

  async function fetchSingle<T extends SingleTypeName>(
    type: T,
    locale: CmsLocale,
  ): Promise<ContentOf<T> | null> {
    const { path, populate } = CONTENT_TYPE_RULES[type];
    const raw = await getSingle(path, locale, { populate });
    return raw && validateDocument(type, locale, raw);
  }

  async function fetchSingleRef(type: SingleTypeName, locale: CmsLocale): Promise<SingleRef | null> {
    const raw = await getSingle(CONTENT_TYPE_RULES[type].path, locale, { fields: ['updatedAt'] });
    return raw && validateWith(singleRefSchema, type, locale, raw);
  }

  return { fetchAllPages, fetchSingle, listDocuments, fetchSingleRef };
}

function changedWhilePaging(url: string, detail: string): CmsError {
  return new CmsError(
    `The collection changed while it was paged through (${detail}; last page GET ${url}); run the build again`,
    { url, status: 200, cause: null },
  );
}
