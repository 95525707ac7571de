import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { RebuildScheduler } from './rebuild-scheduler.ts';

/** The header Strapi's webhook carries the shared secret in (cms/src/bootstrap/rebuild-webhook.ts). */
export const SECRET_HEADER = 'x-rebuild-secret';
/** Strapi events that change what the public site shows. */
export const REBUILD_EVENTS = new Set(['entry.publish', 'entry.unpublish', 'entry.delete']);
const MAX_BODY_BYTES = 1_000_000;

/** Compares secrets in constant time, whatever their lengths. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function reply(response: http.ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** Reads a JSON body up to MAX_BODY_BYTES; null when it is too large or not JSON. */
async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

/** A short description of a Strapi webhook payload for the log: event, model, documentId. */
function describe(payload: { event?: unknown; model?: unknown; entry?: { documentId?: unknown } }): string {
  return `${String(payload.event)} ${String(payload.model ?? '?')} ${String(payload.entry?.documentId ?? '')}`.trim();
}

/**
 * The HTTP face of the rebuild service: POST /webhook takes Strapi webhooks (401 without the
 * shared secret, 202 when accepted), GET /health reports the scheduler's state.
 */
export function createWebhookServer(options: {
  secret: string;
  scheduler: RebuildScheduler;
  log: (message: string) => void;
}): http.Server {
  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/health') {
      reply(response, 200, options.scheduler.state());
      return;
    }
    if (request.method !== 'POST' || url.pathname !== '/webhook') {
      reply(response, 404, { error: 'POST /webhook or GET /health' });
      return;
    }
    const given = request.headers[SECRET_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, options.secret)) {
      options.log(
        `rejected a webhook from ${request.socket.remoteAddress}: missing or wrong ${SECRET_HEADER}`,
      );
      request.resume();
      reply(response, 401, { error: `missing or wrong ${SECRET_HEADER} header` });
      return;
    }
    const payload = await readJson(request);
    if (!payload || typeof payload !== 'object') {
      reply(response, 400, { error: 'expected a JSON body of at most 1 MB, as Strapi sends' });
      return;
    }
    const event = (payload as { event?: unknown }).event;
    if (typeof event !== 'string' || !REBUILD_EVENTS.has(event)) {
      // Other events (entry.create, media.*) do not change the published site.
      reply(response, 202, { accepted: false, reason: `event ${String(event)} does not trigger a rebuild` });
      return;
    }
    options.scheduler.notify(describe(payload as Parameters<typeof describe>[0]));
    reply(response, 202, { accepted: true });
  });
}
