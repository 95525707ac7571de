import { API_TYPES } from '@select-shandong/shared-types';
import { afterEach, describe, expect, it } from 'vitest';
import { type FixtureReply, type FixtureServer, startCmsServer } from './__fixtures__/cms-server.ts';
import { type ContentManagerOptions, createContentManagerReader } from './content-manager.ts';
import { CmsError } from './errors.ts';

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function reader(overrides: Partial<ContentManagerOptions> = {}) {
  const lines: string[] = [];
  const cms = createContentManagerReader({
    baseUrl: server?.baseUrl ?? 'http://127.0.0.1:9',
    adminJwt: 'admin-jwt',
    baseDelayMs: 5,
    timeoutMs: 2_000,
    log: (line) => lines.push(line),
    ...overrides,
  });
  return { cms, lines };
}

const suggestions = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: index + 1, documentId: `s${index + 1}`, name: 'x' }));

/** The content manager's listing envelope over `documents` for the requested page. */
function adminPageOf(url: URL, documents: readonly unknown[]): FixtureReply {
  const page = Number(url.searchParams.get('page') ?? '1');
  const pageSize = Number(url.searchParams.get('pageSize') ?? '10');
  const pageCount = Math.ceil(documents.length / pageSize);
  const results = documents.slice((page - 1) * pageSize, page * pageSize);
  return { body: { results, pagination: { page, pageSize, pageCount, total: documents.length } } };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('content-manager reader', () => {
  it('pages a collection with the admin session, only the variant fields that are set, and progress lines', async () => {
    const documents = suggestions(5);
    server = await startCmsServer((url) => adminPageOf(url, documents));
    const { cms, lines } = reader({ pageSize: 2 });

    const read = await collect(cms.listAll(API_TYPES.suggestion, {}));

    expect(read.map((document) => document.documentId)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/content-manager/collection-types/api::suggestion.suggestion?page=1&pageSize=2&sort=id:ASC',
      '/content-manager/collection-types/api::suggestion.suggestion?page=2&pageSize=2&sort=id:ASC',
      '/content-manager/collection-types/api::suggestion.suggestion?page=3&pageSize=2&sort=id:ASC',
    ]);
    expect(server.requests.every((request) => request.authorization === 'Bearer admin-jwt')).toBe(true);
    expect(lines).toEqual(['[cms] api::suggestion.suggestion: 5/5']);
  });

  it('asks for the locale and status of a localized type with drafts', async () => {
    server = await startCmsServer((url) => adminPageOf(url, []));
    await collect(reader().cms.listAll(API_TYPES.article, { locale: 'en', status: 'draft' }));
    expect(server.requests[0]?.url).toBe(
      '/content-manager/collection-types/api::article.article?locale=en&status=draft&page=1&pageSize=100&sort=id:ASC',
    );
  });

  it('fails when the listing changes while it is paged through', async () => {
    const documents = suggestions(3);
    // Page 2 repeats a document of page 1, as when a document before it was deleted meanwhile.
    server = await startCmsServer((url, index) =>
      adminPageOf(url, index === 0 ? documents : documents.slice(1)),
    );
    const error = await collect(reader({ pageSize: 2 }).cms.listAll(API_TYPES.suggestion, {})).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(CmsError);
    expect(String(error)).toMatch(/changed while it was paged through \(total went from 3 to 2/);
  });

  it('retries a 503 as the content-API client does, and names the admin session on a 401', async () => {
    server = await startCmsServer((url, index) =>
      index === 0 ? { status: 503 } : index === 1 ? adminPageOf(url, suggestions(1)) : { status: 401 },
    );
    const { cms } = reader();
    expect(await collect(cms.listAll(API_TYPES.suggestion, {}))).toHaveLength(1);
    const error = await collect(cms.listAll(API_TYPES.suggestion, {})).catch((e) => e);
    expect(String(error)).toMatch(/HTTP 401: the admin session is missing, expired/);
  });

  it('reads a single type, and null where it was never created (404 or empty data)', async () => {
    server = await startCmsServer((url) => {
      if (url.searchParams.get('locale') === 'en') return { status: 404 };
      if (url.searchParams.get('status') === 'draft') return { body: { data: null } };
      return { body: { data: { documentId: 'home', siteName: '选择山东' } } };
    });
    const { cms, lines } = reader();
    const single = API_TYPES['site-setting'];

    expect(await cms.fetchSingle(single, { locale: 'zh-Hans', status: 'published' })).toEqual({
      documentId: 'home',
      siteName: '选择山东',
    });
    expect(await cms.fetchSingle(single, { locale: 'zh-Hans', status: 'draft' })).toBeNull();
    expect(await cms.fetchSingle(single, { locale: 'en', status: 'published' })).toBeNull();
    expect(lines).toEqual([
      '[cms] api::site-setting.site-setting zh-Hans published: 1/1',
      '[cms] api::site-setting.site-setting zh-Hans draft: not created for this locale',
      '[cms] api::site-setting.site-setting en published: not created for this locale',
    ]);
  });
});
