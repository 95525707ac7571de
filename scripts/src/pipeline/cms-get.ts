import { PipelineError } from './errors.ts';

/** How to reach Strapi for the pipeline's own (cheap) requests. */
export interface CmsTarget {
  strapiUrl: string;
  token: string;
  timeoutMs: number;
}

const RETRIES = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GETs `pathAndQuery` as JSON, retrying network errors, timeouts and 5xx twice; returns null on 404
 * (a single type not created in a locale). Fails with a PipelineError naming the URL.
 */
export async function cmsGet(target: CmsTarget, pathAndQuery: string): Promise<unknown> {
  const url = `${target.strapiUrl}${pathAndQuery}`;
  let lastProblem = '';
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    if (attempt > 0) await sleep(250 * 2 ** (attempt - 1));
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${target.token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(target.timeoutMs),
      });
    } catch (cause) {
      const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
      lastProblem = timedOut
        ? `no answer within ${target.timeoutMs} ms (STRAPI_TIMEOUT_MS)`
        : `cannot connect (${cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause)})`;
      continue;
    }
    if (response.status === 404) return null;
    if (response.ok) return response.json();
    lastProblem = `HTTP ${response.status}`;
    if (response.status < 500 && response.status !== 429) break;
  }
  throw new PipelineError(
    'fingerprint',
    `Strapi request failed: GET ${url} → ${lastProblem} (after ${RETRIES + 1} attempts).`,
    lastProblem.startsWith('HTTP 401') || lastProblem.startsWith('HTTP 403')
      ? 'Check STRAPI_TOKEN: it must be the read-only build token of this Strapi.'
      : 'Check that Strapi is running and healthy at STRAPI_URL (its log says why it failed), then run the pipeline again.',
  );
}
