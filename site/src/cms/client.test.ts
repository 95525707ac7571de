import { afterEach, describe, expect, it } from 'vitest';
import { type FixtureServer, fakeArticle, pageOf, startCmsServer } from './__fixtures__/cms-server.ts';
import { type CmsClientOptions, createCmsClient } from './client.ts';
import { CmsError, ContentValidationError } from './errors.ts';

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const articles = (count: number, locale = 'zh-Hans') =>
  Array.from({ length: count }, (_, index) => fakeArticle(index + 1, locale));

function client(overrides: Partial<CmsClientOptions> = {}) {
  const lines: string[] = [];
  const cms = createCmsClient({
    baseUrl: server?.baseUrl ?? 'http://127.0.0.1:9',
    token: 'test-token',
    baseDelayMs: 5,
    timeoutMs: 2_000,
    log: (line) => lines.push(line),
    ...overrides,
  });
  return { cms, lines };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('fetchAllPages', () => {
  it('pages through every document with populate, sort, locale and the bearer token', async () => {
    const documents = articles(250, 'en');
    server = await startCmsServer((url) => pageOf(url, documents));
    const { cms, lines } = client({ progressEveryPages: 2 });

    const result = await collect(cms.fetchAllPages('article', 'en'));

    expect(result.map((article) => article.slug)).toEqual(documents.map((document) => document.slug));
    expect(
      server.requests.map((request) =>
        new URL(request.url, server?.baseUrl).searchParams.get('pagination[page]'),
      ),
    ).toEqual(['1', '2', '3']);
    const first = server.requests[0];
    expect(first?.authorization).toBe('Bearer test-token');
    expect(first?.url).toContain(
      '/api/articles?locale=en&pagination[page]=1&pagination[pageSize]=100&sort[0]=id:asc',
    );
    expect(first?.url).toContain('populate[city][fields][0]=slug');
    expect(first?.url).toContain('populate[cover][fields][1]=alternativeText');
    expect(first?.url).toContain('populate[seo]=true');
    expect(lines).toEqual(['[cms] articles en: 200/250', '[cms] articles en: 250/250']);
  });

  it('stops exactly at pageCount when the total is a multiple of the page size', async () => {
    const documents = articles(200);
    server = await startCmsServer((url) => pageOf(url, documents));

    const result = await collect(client().cms.fetchAllPages('article', 'zh-Hans'));

    expect(result).toHaveLength(200);
    expect(server.requests).toHaveLength(2);
  });

  it('makes one request for an empty collection', async () => {
    server = await startCmsServer(() => ({
      body: { data: [], meta: { pagination: { page: 1, pageSize: 100, pageCount: 0, total: 0 } } },
    }));

    expect(await collect(client().cms.fetchAllPages('city', 'en'))).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('strips what the site does not use and coerces PostgreSQL decimal strings to numbers', async () => {
    const project = {
      id: 1,
      documentId: 'project000001',
      locale: 'zh-Hans',
      name: '新材料项目',
      slug: 'new-materials',
      city: null,
      industry: { id: 2, documentId: 'industry00001', slug: 'new-energy' },
      totalInvestment: '12.50',
      cooperationMode: 'joint_venture',
      stage: 'seeking',
      summary: '概要',
      body: null,
      attachments: [
        {
          id: 7,
          url: '/uploads/plan_ab12.pdf',
          name: '项目规划.pdf',
          ext: '.pdf',
          mime: 'application/pdf',
          size: 12.34,
          hash: 'plan_ab12',
        },
      ],
      contact: null,
      seo: null,
      createdAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-01T08:00:00.000Z',
      publishedAt: '2024-05-01T08:00:00.000Z',
    };
    server = await startCmsServer((url) => pageOf(url, [project]));

    const [result] = await collect(client().cms.fetchAllPages('project', 'zh-Hans'));

    expect(result?.totalInvestment).toBe(12.5);
    expect(result?.industry).toEqual({ documentId: 'industry00001', slug: 'new-energy' });
    expect(result).not.toHaveProperty('id');
    expect(result).not.toHaveProperty('createdAt');
    expect(result?.attachments).toEqual([
      {
        url: '/uploads/plan_ab12.pdf',
        name: '项目规划.pdf',
        ext: '.pdf',
        mime: 'application/pdf',
        size: 12.34,
      },
    ]);
  });

  it('retries after a 500 and then succeeds', async () => {
    const documents = articles(3);
    server = await startCmsServer((url, index) =>
      index === 0 ? { status: 500, body: { error: { message: 'boom' } } } : pageOf(url, documents),
    );

    expect(await collect(client().cms.fetchAllPages('article', 'zh-Hans'))).toHaveLength(3);
    expect(server.requests).toHaveLength(2);
  });

  it('retries after a 429', async () => {
    const documents = articles(1);
    server = await startCmsServer((url, index) => (index === 0 ? { status: 429 } : pageOf(url, documents)));

    expect(await collect(client().cms.fetchAllPages('article', 'zh-Hans'))).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('retries after a timeout and then succeeds', async () => {
    const documents = articles(2);
    server = await startCmsServer((url, index) => ({
      ...pageOf(url, documents),
      delayMs: index === 0 ? 1_000 : 0,
    }));

    const result = await collect(client({ timeoutMs: 150 }).cms.fetchAllPages('article', 'zh-Hans'));

    expect(result).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after 3 retries with a CmsError naming URL, status and cause', async () => {
    server = await startCmsServer(() => ({ status: 503, body: { error: { message: 'database is down' } } }));

    const error = await failure(collect(client({ retries: 3 }).cms.fetchAllPages('article', 'zh-Hans')));

    expect(error).toBeInstanceOf(CmsError);
    const cmsError = error as CmsError;
    expect(server.requests).toHaveLength(4);
    expect(cmsError.status).toBe(503);
    expect(cmsError.url).toMatch(new RegExp(`^${server.baseUrl}/api/articles\\?locale=zh-Hans&pagination`));
    expect(cmsError.message).toContain(cmsError.url);
    expect(cmsError.message).toContain('HTTP 503');
    expect(cmsError.message).toContain('database is down');
    expect(cmsError.message).toContain('gave up after 4 attempts');
    expect(cmsError.cause).toBeInstanceOf(Error);
  });

  it('gives up on repeated timeouts with status null and the timeout as cause', async () => {
    server = await startCmsServer(() => ({ delayMs: 1_000 }));

    const error = await failure(
      collect(client({ timeoutMs: 50, retries: 1 }).cms.fetchAllPages('city', 'en')),
    );

    expect(error).toBeInstanceOf(CmsError);
    expect((error as CmsError).status).toBeNull();
    expect((error as CmsError).message).toMatch(/no response \(TimeoutError/);
    expect((error as CmsError).cause).toMatchObject({ name: 'TimeoutError' });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a 401 and says the token is missing or wrong', async () => {
    server = await startCmsServer(() => ({
      status: 401,
      body: { error: { message: 'Missing or invalid credentials' } },
    }));

    const error = await failure(collect(client().cms.fetchAllPages('article', 'en')));

    expect(error).toBeInstanceOf(CmsError);
    expect((error as CmsError).status).toBe(401);
    expect((error as CmsError).message).toContain('STRAPI_TOKEN is missing or wrong');
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry other 4xx responses', async () => {
    server = await startCmsServer(() => ({
      status: 400,
      body: { error: { message: 'Invalid key populate' } },
    }));

    const error = await failure(collect(client().cms.fetchAllPages('park', 'en')));

    expect((error as CmsError).message).toMatch(/HTTP 400 .*Invalid key populate/);
    expect(server.requests).toHaveLength(1);
  });

  it('throws ContentValidationError naming type, documentId, locale and the failing fields', async () => {
    const broken = {
      ...fakeArticle(7, 'en'),
      body: null,
      city: { id: 1, documentId: 'c1', slug: 'Not A Slug' },
    };
    server = await startCmsServer((url) => pageOf(url, [fakeArticle(6, 'en'), broken]));

    const error = await failure(collect(client().cms.fetchAllPages('article', 'en')));

    expect(error).toBeInstanceOf(ContentValidationError);
    const validation = error as ContentValidationError;
    expect(validation).toMatchObject({ type: 'article', documentId: 'article000007', locale: 'en' });
    expect(validation.issues.map((issue) => issue.path)).toEqual(['body', 'city.slug']);
    expect(validation.message).toContain('Invalid article document "article000007" (locale en)');
    expect(validation.message).toContain('body: expected string, received null');
  });

  it('names an unknown enum value and the allowed ones', async () => {
    server = await startCmsServer((url) => pageOf(url, [{ ...fakeArticle(1), column: 'gossip' }]));

    const error = await failure(collect(client().cms.fetchAllPages('article', 'zh-Hans')));

    expect((error as ContentValidationError).message).toMatch(
      /column: expected one of news_brief, .* received "gossip"/,
    );
  });

  it('fails when the collection changes while paging instead of dropping documents', async () => {
    const documents = articles(150);
    const afterUnpublish = documents.filter((_, index) => index !== 4);
    server = await startCmsServer((url, index) => pageOf(url, index === 0 ? documents : afterUnpublish));

    const error = await failure(collect(client().cms.fetchAllPages('article', 'zh-Hans')));

    expect(error).toBeInstanceOf(CmsError);
    expect((error as CmsError).message).toContain('total went from 150 to 149');
  });
});

describe('fetchSingle', () => {
  it('returns null when the single type does not exist in that locale', async () => {
    server = await startCmsServer(() => ({ status: 404, body: { data: null, error: { status: 404 } } }));

    expect(await client().cms.fetchSingle('site-setting', 'en')).toBeNull();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.url).toBe(
      '/api/site-setting?locale=en&populate[navigation]=true&populate[seo]=true',
    );
  });

  it('returns the validated document', async () => {
    const setting = {
      id: 1,
      documentId: 'settings00001',
      locale: 'en',
      siteName: 'Select Shandong',
      slogan: null,
      navigation: [{ id: 1, label: 'Cities', href: '/en/cities/' }],
      footerText: null,
      seo: null,
      createdAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-01T08:00:00.000Z',
      publishedAt: '2024-05-01T08:00:00.000Z',
    };
    server = await startCmsServer(() => ({ body: { data: setting, meta: {} } }));

    const result = await client().cms.fetchSingle('site-setting', 'en');

    expect(result?.siteName).toBe('Select Shandong');
    expect(result?.navigation).toEqual([{ label: 'Cities', href: '/en/cities/' }]);
  });
});

describe('listDocuments', () => {
  const refs = (count: number) =>
    Array.from({ length: count }, (_, index) => {
      const { documentId, slug, updatedAt } = fakeArticle(index + 1);
      return { id: index + 1, documentId, slug, updatedAt };
    });

  it('pages until pageCount asking only for slug and updatedAt, and returns id, slug and updatedAt', async () => {
    const documents = refs(150);
    server = await startCmsServer((url) => pageOf(url, documents));

    const result = await collect(client().cms.listDocuments('city', 'en'));

    expect(result).toHaveLength(150);
    expect(result[0]).toEqual({
      documentId: 'article000001',
      slug: 'article-1',
      updatedAt: '2024-05-01T08:00:00.000Z',
    });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.url).toBe(
      '/api/cities?locale=en&pagination[page]=2&pagination[pageSize]=100&sort[0]=id:asc&fields[0]=slug&fields[1]=updatedAt',
    );
  });

  it('retries a 500 like every other request', async () => {
    const documents = refs(3);
    server = await startCmsServer((url, index) =>
      index === 0 ? { status: 500, body: { error: { message: 'boom' } } } : pageOf(url, documents),
    );

    expect(await collect(client().cms.listDocuments('park', 'zh-Hans'))).toHaveLength(3);
    expect(server.requests).toHaveLength(2);
  });

  it('names type, documentId, locale and field when a row lacks its slug', async () => {
    const documents = refs(2).map((row, index) => (index === 1 ? { ...row, slug: null } : row));
    server = await startCmsServer((url) => pageOf(url, documents));

    const error = await failure(collect(client().cms.listDocuments('industry', 'en')));

    expect(error).toBeInstanceOf(ContentValidationError);
    expect((error as ContentValidationError).message).toMatch(
      /Invalid industry document "article000002" \(locale en\): slug: expected string, received null/,
    );
  });

  it('fails when the collection changes while paging', async () => {
    const documents = refs(150);
    const afterUnpublish = documents.filter((_, index) => index !== 4);
    server = await startCmsServer((url, index) => pageOf(url, index === 0 ? documents : afterUnpublish));

    const error = await failure(collect(client().cms.listDocuments('article', 'zh-Hans')));

    expect((error as CmsError).message).toContain('total went from 150 to 149');
  });
});

describe('fetchSingleRef', () => {
  it('asks only for updatedAt and returns documentId and updatedAt', async () => {
    server = await startCmsServer(() => ({
      body: { data: { id: 1, documentId: 'settings00001', updatedAt: '2024-05-01T08:00:00.000Z' } },
    }));

    expect(await client().cms.fetchSingleRef('site-setting', 'en')).toEqual({
      documentId: 'settings00001',
      updatedAt: '2024-05-01T08:00:00.000Z',
    });
    expect(server.requests[0]?.url).toBe('/api/site-setting?locale=en&fields[0]=updatedAt');
  });

  it('returns null when the single type does not exist in that locale', async () => {
    server = await startCmsServer(() => ({ status: 404, body: { data: null, error: { status: 404 } } }));

    expect(await client().cms.fetchSingleRef('advantages-page', 'zh-Hans')).toBeNull();
  });
});
