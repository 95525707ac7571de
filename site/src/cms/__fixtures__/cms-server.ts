import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fixture server answers to one request. */
export interface FixtureReply {
  /** HTTP status (default 200). */
  status?: number;
  /** JSON body. */
  body?: unknown;
  /** Wait this long before answering (to provoke client timeouts). */
  delayMs?: number;
}

/** A request the fixture server received. */
export interface RecordedRequest {
  /** Path and query, decoded. */
  url: string;
  /** The Authorization header. */
  authorization: string | undefined;
}

/** A running fixture server. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Starts a Strapi stand-in on 127.0.0.1 with a random port; `reply` decides every answer. */
export async function startCmsServer(
  reply: (url: URL, index: number, request: IncomingMessage) => FixtureReply,
): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({
      url: decodeURIComponent(url.pathname + url.search),
      authorization: request.headers.authorization,
    });
    const answer = reply(url, requests.length - 1, request);
    const timer = setTimeout(() => {
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body ?? {}));
    }, answer.delayMs ?? 0);
    response.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Strapi-style paged answer over `documents` for the requested page and page size. */
export function pageOf(url: URL, documents: readonly unknown[]): FixtureReply {
  const page = Number(url.searchParams.get('pagination[page]') ?? '1');
  const pageSize = Number(url.searchParams.get('pagination[pageSize]') ?? '25');
  const pageCount = Math.ceil(documents.length / pageSize);
  return {
    body: {
      data: documents.slice((page - 1) * pageSize, page * pageSize),
      meta: { pagination: { page, pageSize, pageCount, total: documents.length } },
    },
  };
}

/** A valid article as Strapi 5 REST returns it with the site's populate rules. */
export function fakeArticle(n: number, locale = 'zh-Hans'): Record<string, unknown> {
  return {
    id: n,
    documentId: `article${String(n).padStart(6, '0')}`,
    locale,
    title: `文章 ${n}`,
    slug: `article-${n}`,
    summary: null,
    body: `正文 **${n}**`,
    cover: null,
    attachments: [],
    column: 'investment_news',
    releasedAt: '2024-05-01T08:00:00.000Z',
    source: '山东省商务厅',
    editor: '王编辑',
    city: { id: 3, documentId: 'cityjinan0001', slug: 'jinan' },
    industries: [],
    parks: [],
    seo: null,
    createdAt: '2024-05-01T08:00:00.000Z',
    updatedAt: '2024-05-01T08:00:00.000Z',
    publishedAt: '2024-05-01T08:00:00.000Z',
  };
}
