// Astro middleware of the preview server only (integrations/draft-preview.ts adds it): renders
// one page at a time, because a single type's draft is laid over the shared site index while its
// page renders (lib/index-overlay.ts), and adds the preview banner to draft pages.
import type { MiddlewareHandler } from 'astro';
import { setDraftSingle } from '../lib/index-overlay.ts';
import { setPreviewBanner, takePreviewBanner, withPreviewBanner } from './preview-banner.ts';

let queue: Promise<unknown> = Promise.resolve();

/** Renders the page in full (its body read to the end), then takes the draft overlay off. */
async function renderAlone(next: Parameters<MiddlewareHandler>[1]): Promise<Response> {
  try {
    const response = await next();
    const body = await response.text();
    const publicUrl = takePreviewBanner();
    const html = response.headers.get('content-type')?.includes('text/html');
    const headers = new Headers(response.headers);
    headers.delete('content-length'); // the banner makes the body longer
    return new Response(publicUrl && html ? await withPreviewBanner(body, publicUrl) : body, {
      status: response.status,
      headers,
    });
  } finally {
    setDraftSingle(null);
    setPreviewBanner(null);
  }
}

/** Each request waits for the one before it to finish rendering. */
export const onRequest: MiddlewareHandler = (_context, next) => {
  const turn = queue.then(() => renderAlone(next));
  queue = turn.catch(() => undefined);
  return turn;
};
