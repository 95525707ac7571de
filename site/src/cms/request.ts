import { CmsError } from './errors.ts';

/** How one GET to the CMS is made and retried. */
export interface RequestOptions {
  /** Bearer token. */
  token: string;
  /** Abort one attempt after this many milliseconds. */
  timeoutMs: number;
  /** Retries after the first attempt for timeouts, network errors, 5xx and 429. */
  retries: number;
  /** Delay before the first retry; doubles each time. */
  baseDelayMs: number;
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

async function attempt(url: string, options: RequestOptions): Promise<Attempt | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (cause) {
    return {
      ok: false,
      retryable: true,
      status: null,
      reason: `no response (${describeCause(cause)})`,
      cause,
    };
  }
  if (response.status === 404 && options.allowNotFound) return null;
  if (!response.ok) {
    const message = await strapiMessage(response);
    const cause = new Error(`Strapi answered: ${message}`);
    const retryable = response.status >= 500 || response.status === 429;
    const retryAfter = Number(response.headers.get('retry-after'));
    const reason =
      response.status === 401 || response.status === 403
        ? `HTTP ${response.status}: STRAPI_TOKEN is missing or wrong, or lacks find permission for this content type ` +
          `(set STRAPI_TOKEN to a read-only API token from Strapi admin › Settings › API Tokens); cause: ${message}`
        : `HTTP ${response.status} ${response.statusText}; cause: ${message}`;
    return {
      ok: false,
      retryable,
      status: response.status,
      reason,
      cause,
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    };
  }
  try {
    return { ok: true, body: await response.json() };
  } catch (cause) {
    // A body cut short by a timeout or reset is worth retrying; malformed JSON is not.
    const retryable = !(cause instanceof SyntaxError);
    return {
      ok: false,
      retryable,
      status: response.status,
      reason: `unreadable body (${describeCause(cause)})`,
      cause,
    };
  }
}

/**
 * GETs JSON from the CMS with a timeout per attempt and exponential backoff on retryable failures.
 * Returns null only for a 404 when `allowNotFound` is set.
 */
export async function getJson(url: string, options: RequestOptions): Promise<unknown> {
  for (let retry = 0; ; retry++) {
    const result = await attempt(url, options);
    if (result === null) return null;
    if (result.ok) return result.body;
    if (!result.retryable || retry >= options.retries) {
      const attempts = retry + 1;
      const tries = result.retryable ? `; gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}` : '';
      throw new CmsError(`CMS request GET ${url} failed: ${result.reason}${tries}`, {
        url,
        status: result.status,
        cause: result.cause,
      });
    }
    const backoff = options.baseDelayMs * 2 ** retry;
    await sleep(Math.min(Math.max(backoff, result.retryAfterMs ?? 0), 60_000));
  }
}
