import { CmsError } from './errors.ts';

/** How one GET to the CMS is made and retried. */
export interface RequestOptions {
  /** Bearer token. */
  token: string;
  /** What a 401 or 403 means for this token and how to fix it (default: the build's STRAPI_TOKEN). */
  authHint?: string;
  /** Abort one attempt (answer and body) after this many milliseconds. */
  timeoutMs: number;
  /** Most retries after the first attempt; unset: as many as the budget allows. */
  retries?: number;
  /** Total time a request may spend retrying (so a Strapi restart of ~20 s is outlasted). */
  retryBudgetMs: number;
  /** Delay before the first retry; doubles each time. */
  baseDelayMs: number;
  /** Longest delay between two attempts (default 5 000 ms). */
  maxDelayMs?: number;
  /** Return null instead of failing on 404 (single types not created for a locale). */
  allowNotFound?: boolean;
}

type Attempt =
  | { ok: true; body: unknown }
  | {
      ok: false;
      retryable: boolean;
      status: number | null;
      reason: string;
      cause: unknown;
      retryAfterMs?: number;
    };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : '';
    return `${cause.name}: ${cause.message}${inner}`;
  }
  return String(cause);
}

/** Why no answer arrived, in the words an operator searches for. */
function describeNoAnswer(cause: unknown, timeoutMs: number): string {
  if (cause instanceof Error && cause.name === 'TimeoutError')
    return `no response (${describeCause(cause)}) within ${timeoutMs} ms (STRAPI_TIMEOUT_MS)`;
  return `no response (${describeCause(cause)}): cannot connect`;
}

/** Reads Strapi's `{ error: { message } }` body, if any, for the error message. */
async function strapiMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return text.slice(0, 200) || '(empty body)';
}

function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

const TOKEN_HINT =
  'STRAPI_TOKEN is missing or wrong, or lacks find permission for this content type ' +
  '(set STRAPI_TOKEN to a read-only API token from Strapi admin › Settings › API Tokens)';

async function httpFailure(response: Response, authHint: string): Promise<Attempt> {
  const message = await strapiMessage(response);
  const cause = new Error(`Strapi answered: ${message}`);
  const auth = response.status === 401 || response.status === 403;
  const reason = auth
    ? `HTTP ${response.status}: ${authHint}; cause: ${message}`
    : `HTTP ${response.status} ${response.statusText}; cause: ${message}`;
  return {
    ok: false,
    retryable: response.status >= 500 || response.status === 429,
    status: response.status,
    reason,
    cause,
    retryAfterMs: retryAfterMs(response),
  };
}

/** Reads the whole body as JSON; a body cut short, dripped past the timeout, malformed or HTML fails. */
async function readBody(response: Response, timeoutMs: number): Promise<Attempt> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    const reason =
      cause instanceof Error && cause.name === 'TimeoutError'
        ? `body not complete within ${timeoutMs} ms (STRAPI_TIMEOUT_MS)`
        : `body cut short (${describeCause(cause)})`;
    return { ok: false, retryable: true, status: response.status, reason, cause };
  }
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch (cause) {
    // A proxy's error page or a half-written answer: as transient as a 5xx.
    const type = response.headers.get('content-type') ?? 'no content-type';
    const reason = `body is not JSON (${type}, ${text.length} bytes, starts "${text.slice(0, 40)}"; ${describeCause(cause)})`;
    return { ok: false, retryable: true, status: response.status, reason, cause };
  }
}

async function attempt(url: string, options: RequestOptions): Promise<Attempt | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
      // One signal for headers and body, so a dripped body is bounded too.
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (cause) {
    return {
      ok: false,
      retryable: true,
      status: null,
      reason: describeNoAnswer(cause, options.timeoutMs),
      cause,
    };
  }
  if (response.status === 404 && options.allowNotFound) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.ok) return httpFailure(response, options.authHint ?? TOKEN_HINT);
  return readBody(response, options.timeoutMs);
}

/** The delay before retry number `retry` (0-based), or null when the budget or retry cap is spent. */
export function nextDelayMs(
  options: RequestOptions,
  retry: number,
  elapsedMs: number,
  retryAfter?: number,
): number | null {
  if (options.retries !== undefined && retry >= options.retries) return null;
  const backoff = Math.min(options.baseDelayMs * 2 ** retry, options.maxDelayMs ?? 5_000);
  const delay = Math.max(backoff, retryAfter ?? 0);
  const remaining = options.retryBudgetMs - elapsedMs;
  if (remaining <= 0) return null;
  return Math.min(delay, remaining);
}

/**
 * GETs JSON from the CMS with a timeout per attempt and capped exponential backoff on retryable
 * failures (network, timeout, 5xx, 429, unreadable body) until the retry budget is spent.
 * Returns null only for a 404 when `allowNotFound` is set.
 */
export async function getJson(url: string, options: RequestOptions): Promise<unknown> {
  const started = Date.now();
  for (let retry = 0; ; retry++) {
    const result = await attempt(url, options);
    if (result === null) return null;
    if (result.ok) return result.body;
    const delay = result.retryable
      ? nextDelayMs(options, retry, Date.now() - started, result.retryAfterMs)
      : null;
    if (delay === null) {
      const attempts = retry + 1;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const tries = `${attempts} attempt${attempts === 1 ? '' : 's'} in ${seconds} s`;
      const why = result.retryable
        ? `gave up after ${tries} (STRAPI_RETRY_BUDGET_MS)`
        : `not retried; ${tries}`;
      throw new CmsError(`CMS request GET ${url} failed: ${result.reason}; ${why}`, {
        url,
        status: result.status,
        cause: result.cause,
      });
    }
    await sleep(delay);
  }
}
