import { CmsError } from './errors.ts';
import { getJson, type RequestOptions } from './request.ts';

/** Retry, paging and progress settings shared by every CMS reader (content API and admin). */
export interface ReaderOptions {
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

/** ReaderOptions with every default filled in, plus the credential requests send. */
export interface Pager {
  /** How each GET is made and retried. */
  readonly request: RequestOptions;
  /** Documents per page. */
  readonly pageSize: number;
  /** A progress line every this many pages. */
  readonly every: number;
  /** Where progress lines go. */
  readonly log: (line: string) => void;
}

/** One page of a listing, whatever envelope the API wraps it in. */
export interface Page {
  /** The documents of this page, unvalidated. */
  readonly documents: readonly Record<string, unknown>[];
  /** Number of pages; 0 for an empty listing. */
  readonly pageCount: number;
  /** Number of documents in the listing. */
  readonly total: number;
}

/** One listing to page through: a type in one locale (and status), over one API. */
export interface Listing<D extends { documentId: string }> {
  /** Names the listing in progress lines, e.g. `articles zh-Hans`. */
  readonly label: string;
  /** URL of page `page` (from 1), sorted by id ascending so that new documents only append. */
  pageUrl(page: number): string;
  /** Unwraps one page's envelope; throws a CmsError naming the URL when the body is not one. */
  readPage(body: unknown, url: string): Page;
  /** Validates one raw document. */
  toDocument(raw: Record<string, unknown>): D;
}

const writeStderr = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/** Fills in the defaults of `options` for requests authorised with `token`. */
export function createPager(
  options: ReaderOptions,
  token: string,
  authHint?: RequestOptions['authHint'],
): Pager {
  return {
    request: {
      token,
      authHint,
      timeoutMs: options.timeoutMs ?? 30_000,
      retries: options.retries,
      retryBudgetMs: options.retryBudgetMs ?? 60_000,
      baseDelayMs: options.baseDelayMs ?? 500,
    },
    pageSize: options.pageSize ?? 100,
    every: options.progressEveryPages ?? 5,
    log: options.log ?? writeStderr,
  };
}

/** Pages through one listing until pageCount, checking that it did not change meanwhile. */
export async function* pageThrough<D extends { documentId: string }>(
  pager: Pager,
  listing: Listing<D>,
): AsyncGenerator<D> {
  const seen = new Set<string>();
  let previousTotal = 0;
  for (let page = 1; ; page++) {
    const url = listing.pageUrl(page);
    const { documents, pageCount, total } = listing.readPage(await getJson(url, pager.request), url);
    // With sort id:asc, new documents only append; a shrinking total means pages shifted and skipped some.
    if (total < previousTotal) throw changedWhilePaging(url, `total went from ${previousTotal} to ${total}`);
    previousTotal = total;
    for (const raw of documents) {
      const document = listing.toDocument(raw);
      if (seen.has(document.documentId)) throw changedWhilePaging(url, `${document.documentId} came twice`);
      seen.add(document.documentId);
      yield document;
    }
    const last = page >= pageCount;
    if (last || page % pager.every === 0) pager.log(`[cms] ${listing.label}: ${seen.size}/${total}`);
    if (!last) continue;
    if (seen.size !== total) {
      throw changedWhilePaging(url, `received ${seen.size} documents, Strapi reports ${total}`);
    }
    return;
  }
}

function changedWhilePaging(url: string, detail: string): CmsError {
  return new CmsError(
    `The collection changed while it was paged through (${detail}; last page GET ${url}); run the build again`,
    { url, status: 200, cause: null },
  );
}

/**
 * GETs one document (a single type) with `read` unwrapping its envelope; null when there is none
 * (404, or an empty envelope), which is "not created for this locale", not an error.
 */
export async function getOne(
  pager: Pager,
  label: string,
  url: string,
  read: (body: unknown, url: string) => Record<string, unknown> | null,
): Promise<Record<string, unknown> | null> {
  const body = await getJson(url, { ...pager.request, allowNotFound: true });
  const document = body === null ? null : read(body, url);
  pager.log(`[cms] ${label}: ${document ? '1/1' : 'not created for this locale'}`);
  return document;
}
