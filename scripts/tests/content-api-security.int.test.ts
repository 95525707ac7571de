// The content API against an adversary, on the shared seeded Strapi. Editors make drafts of every
// public type through the admin's own API (content manager), a suggestion, a user and an upload
// carry markers; then generated matrices — every content-API route Strapi lists × every caller,
// path spellings × types × callers, draft-parameter encodings × types × callers, HTTP methods ×
// types × callers — must never return a marker, and every route a caller may not use answers 403.
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PUBLIC_ACTIONS, PUBLIC_READ_ACTIONS } from '@select-shandong/cms/bootstrap/content-api-access';
import { API_TYPES, CMS_LOCALES } from '@select-shandong/shared-types';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CMS_DIR } from '../common/paths.ts';
import { sharedAdminJwt } from '../test-harness/support/admin.ts';
import { draftQueries, HTTP_METHODS, pathSpellings } from '../test-harness/support/content-api-variants.ts';

const { url, token, env } = inject('seededStrapi');
const target = new URL(url);

/** A run-unique marker: any answer containing it leaked a draft or personal data. */
const MARK = `LEAK${randomBytes(4).toString('hex')}`;

type Json = Record<string, unknown>;
type Caller = 'anonymous' | 'build token' | 'user JWT';

interface PublicType {
  uid: string;
  kind: 'collectionType' | 'singleType';
  /** The path segment after /api/. */
  segment: string;
  /** The first required text field, where the draft marker is written. */
  field: string;
}

/** Every draft-and-publish API type (so new types join), with the field to mark from its schema.json. */
function publicTypes(): PublicType[] {
  return Object.entries(API_TYPES).flatMap(([name, type]) => {
    if (!type.draftAndPublish) return [];
    const file = path.join(CMS_DIR, 'src', 'api', name, 'content-types', name, 'schema.json');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      attributes: Record<string, { type: string; required?: boolean }>;
    };
    const field = Object.entries(schema.attributes).find(
      ([attribute, { type: kind, required }]) => kind === 'string' && required && attribute !== 'slug',
    )?.[0];
    if (!field) throw new Error(`${name}: no required string field to mark`);
    return [{ uid: type.uid, kind: type.kind, segment: type.path, field }];
  });
}

const TYPES = publicTypes();

interface Answer {
  status: number;
  text: string;
}

/** Sends the path exactly as written (no client-side normalisation of case, dots or encodings). */
function rawRequest(
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        method,
        path: rawPath,
        headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.setTimeout(60_000, () => request.destroy(new Error(`${method} ${rawPath}: no answer in 60 s`)));
    request.on('error', reject);
    request.end(body);
  });
}

/** Runs `work` over `items` with at most `limit` requests in flight. */
async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

async function admin(adminJwt: string, method: string, pathAndQuery: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${url}${pathAndQuery}`, {
    method,
    headers: { authorization: `Bearer ${adminJwt}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as Json;
  if (!response.ok)
    throw new Error(`${method} ${pathAndQuery}: HTTP ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** An HS256 JWT for a users-permissions user, signed with the instance's JWT_SECRET. */
function userJwt(userId: number): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ id: userId, iat: now, exp: now + 3600 })}`;
  const secret = env.JWT_SECRET;
  if (!secret) throw new Error('the seeded Strapi has no JWT_SECRET in its environment');
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

const headersFor: Record<Caller, Record<string, string>> = {
  anonymous: {},
  'build token': { authorization: `Bearer ${token}` },
  'user JWT': {},
};
const CALLERS = Object.keys(headersFor) as Caller[];

/** documentIds per collection type: a draft-only document and a published one with a newer draft. */
const ids: Record<string, { draftOnly: Record<string, string>; published: Record<string, string> }> = {};

/** The content-API routes Strapi itself lists (the API-token screen's source), with their actions. */
let routes: Array<{ method: string; path: string; action: string }> = [];

beforeAll(async () => {
  const adminJwt = await sharedAdminJwt(url);
  for (const type of TYPES) {
    const tag = `${MARK}-${type.segment}`;
    if (type.kind === 'singleType') {
      // Saving a single type in the admin writes a draft over the published version.
      for (const locale of CMS_LOCALES) {
        await admin(adminJwt, 'PUT', `/content-manager/single-types/${type.uid}?locale=${locale}`, {
          [type.field]: `草稿 ${tag}-${locale}`,
        });
      }
      continue;
    }
    const entry = { draftOnly: {} as Record<string, string>, published: {} as Record<string, string> };
    for (const locale of CMS_LOCALES) {
      const created = await admin(
        adminJwt,
        'POST',
        `/content-manager/collection-types/${type.uid}?locale=${locale}`,
        {
          [type.field]: `草稿 ${tag}-new-${locale}`,
          slug: `${tag.toLowerCase()}-new-${locale.toLowerCase()}`,
        },
      );
      entry.draftOnly[locale] = String((created.data as Json).documentId);
      const listed = await rawRequest('GET', `/api/${type.segment}?locale=${locale}&pagination[pageSize]=1`);
      const published = (JSON.parse(listed.text) as { data: Json[] }).data[0];
      if (!published) throw new Error(`no published ${type.segment} in ${locale} to give a draft`);
      entry.published[locale] = String(published.documentId);
      await admin(
        adminJwt,
        'PUT',
        `/content-manager/collection-types/${type.uid}/${entry.published[locale]}?locale=${locale}`,
        { [type.field]: `草稿 ${tag}-edit-${locale}` },
      );
    }
    ids[type.segment] = entry;
  }
  // Personal data an editor can see and nobody else may: a suggestion, a user, an upload.
  await admin(adminJwt, 'POST', '/content-manager/collection-types/api::suggestion.suggestion', {
    name: '王明',
    email: `${MARK.toLowerCase()}@example.com`,
    subject: `${MARK} suggestion`,
    message: '个人数据，公众不可读取。',
    language: 'zh-Hans',
  });
  const { roles } = (await admin(adminJwt, 'GET', '/users-permissions/roles')) as {
    roles: Array<{ id: number; type: string }>;
  };
  const user = await admin(
    adminJwt,
    'POST',
    '/content-manager/collection-types/plugin::users-permissions.user',
    {
      role: roles.find((role) => role.type === 'authenticated')?.id,
      username: `${MARK}-user`,
      email: `${MARK.toLowerCase()}-user@example.com`,
      password: 'User-Passw0rd!',
      confirmed: true,
      blocked: false,
    },
  );
  const userId = Number(((user.data ?? user) as Json).id);
  headersFor['user JWT'] = { authorization: `Bearer ${userJwt(userId)}` };
  const form = new FormData();
  form.append('files', new Blob([Buffer.from('leak')], { type: 'text/plain' }), `${MARK}-upload.txt`);
  const uploaded = await fetch(`${url}/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminJwt}` },
    body: form,
  });
  expect(uploaded.status).toBe(201);
  const listed = await admin(adminJwt, 'GET', '/admin/content-api/routes');
  routes = Object.entries(
    listed.data as Record<string, Array<{ method: string; path: string; handler: string }>>,
  ).flatMap(([owner, ownRoutes]) =>
    ownRoutes.map((route) => ({
      method: route.method,
      path: route.path,
      // api handlers are full action ids; a plugin's are relative to it (`auth.register`).
      action: route.handler.startsWith('api::') ? route.handler : `${owner}.${route.handler}`,
    })),
  );
}, 600_000);

/** Fails with the request that leaked; checks every answer of a matrix at once. */
function expectNoLeak(answers: Array<{ request: string; answer: Answer }>): void {
  const leaks = answers.filter(({ answer }) => answer.text.includes(MARK)).map(({ request }) => request);
  expect(leaks, `${leaks.length} of ${answers.length} answers contain draft or personal data`).toEqual([]);
}

/** A concrete path for a route pattern: ids of real documents, harmless values elsewhere. */
function concretePath(routePath: string): string {
  const segment = routePath.split('/')[2] ?? '';
  const documentId = ids[segment]?.draftOnly['zh-Hans'] ?? 'abcdefghijklmnopqrstuvwx';
  return routePath
    .replace(':id', documentId)
    .replace(':uid', 'api::article.article')
    .replace(':provider', 'github')
    .replace(':sessionId', 'x')
    .replace(':role', '1')
    .replace('(.*)', 'github');
}

describe('the content-API routes Strapi lists', () => {
  it('were read from the admin and cover every public type and plugin', () => {
    expect(routes.length).toBeGreaterThan(40);
    for (const type of TYPES) expect(routes.some((route) => route.action.startsWith(type.uid))).toBe(true);
    expect(routes.some((route) => route.action === 'plugin::users-permissions.auth.register')).toBe(true);
  });

  const allowed: Record<Caller, readonly string[]> = {
    anonymous: PUBLIC_ACTIONS,
    'build token': PUBLIC_READ_ACTIONS,
    'user JWT': [],
  };

  it.each(CALLERS)(
    '%s: every route outside its actions answers 403, and no answer leaks',
    { timeout: 600_000 },
    async (caller) => {
      const cases = routes.map((route) => ({ route, path: concretePath(route.path) }));
      const answers = await inBatches(cases, 6, async ({ route, path: routePath }) => {
        const body = ['POST', 'PUT'].includes(route.method)
          ? JSON.stringify({
              data: { [MARK]: MARK },
              username: MARK,
              email: `${MARK}@example.com`,
              password: MARK,
            })
          : undefined;
        return {
          route,
          request: `${caller} ${route.method} ${routePath}`,
          answer: await rawRequest(route.method, routePath, headersFor[caller], body),
        };
      });
      const wronglyOpen = answers
        .filter(({ route, answer }) => !allowed[caller].includes(route.action) && answer.status !== 403)
        .map(({ request, answer }) => `${request} → ${answer.status}`);
      expect(wronglyOpen, `routes ${caller} must not reach`).toEqual([]);
      const wronglyClosed = answers
        .filter(({ route, answer }) => allowed[caller].includes(route.action) && answer.status === 403)
        .map(({ request }) => request);
      expect(wronglyClosed, `routes ${caller} needs`).toEqual([]);
      expectNoLeak(answers);
    },
  );

  it('nobody can open an account or reset a password', async () => {
    const attempts = [
      [
        '/api/auth/local/register',
        { username: `${MARK}x`, email: `${MARK}x@example.com`, password: 'Passw0rd!x' },
      ],
      [
        '/api/auth/local',
        { identifier: `${MARK.toLowerCase()}-user@example.com`, password: 'User-Passw0rd!' },
      ],
      ['/api/auth/forgot-password', { email: `${MARK.toLowerCase()}-user@example.com` }],
      ['/api/auth/send-email-confirmation', { email: `${MARK.toLowerCase()}-user@example.com` }],
    ] as const;
    for (const [route, body] of attempts) {
      const answer = await rawRequest('POST', route, {}, JSON.stringify(body));
      expect(answer.status, `${route}: ${answer.text}`).toBe(403);
      expect(answer.text).not.toContain('jwt');
    }
  });
});

/** The read routes of every public type: list, a draft-only document and a published one with a newer draft. */
function readRoutes(): Array<{ segment: string; rest?: string; locale: string }> {
  return TYPES.flatMap((type) =>
    CMS_LOCALES.flatMap((locale) => {
      const entry = ids[type.segment];
      if (!entry) return [{ segment: type.segment, locale }];
      return [
        { segment: type.segment, locale },
        { segment: type.segment, rest: entry.draftOnly[locale], locale },
        { segment: type.segment, rest: entry.published[locale], locale },
      ];
    }),
  );
}

describe('drafts never leave the CMS', () => {
  it('the drafts exist: the admin reads every marked draft', async () => {
    const adminJwt = await sharedAdminJwt(url);
    const response = await fetch(
      `${url}/content-manager/collection-types/api::article.article/${ids.articles?.draftOnly['zh-Hans']}?locale=zh-Hans`,
      { headers: { authorization: `Bearer ${adminJwt}` } },
    );
    expect(await response.text()).toContain(MARK);
  });

  it('path spellings × every type, document and locale × every caller', { timeout: 600_000 }, async () => {
    const cases = readRoutes().flatMap(({ segment, rest, locale }) =>
      pathSpellings(segment, rest).flatMap((spelling) =>
        CALLERS.map((caller) => ({ caller, rawPath: `${spelling}?status=draft&locale=${locale}` })),
      ),
    );
    const answers = await inBatches(cases, 6, async ({ caller, rawPath }) => ({
      request: `${caller} GET ${rawPath}`,
      answer: await rawRequest('GET', rawPath, headersFor[caller]),
    }));
    console.log(`[matrix] path spellings: ${answers.length} requests`);
    expect(answers.length).toBeGreaterThan(3000);
    // The matrix reached real content: the canonical spelling answers 200 for the anonymous reader.
    expect(answers.filter(({ answer }) => answer.status === 200).length).toBeGreaterThan(100);
    expectNoLeak(answers);
  });

  it('draft-parameter encodings × every type, document and locale × every caller', {
    timeout: 600_000,
  }, async () => {
    const cases = readRoutes().flatMap(({ segment, rest, locale }) =>
      draftQueries().flatMap((query) =>
        CALLERS.map((caller) => ({
          caller,
          rawPath: `/api/${segment}${rest ? `/${rest}` : ''}?${query}&locale=${locale}`,
        })),
      ),
    );
    const answers = await inBatches(cases, 6, async ({ caller, rawPath }) => ({
      request: `${caller} GET ${rawPath}`,
      answer: await rawRequest('GET', rawPath, headersFor[caller]),
    }));
    console.log(`[matrix] draft parameters: ${answers.length} requests`);
    expect(answers.filter(({ answer }) => answer.status === 200).length).toBeGreaterThan(1000);
    expectNoLeak(answers);
  });

  it('HTTP methods × every type, document and locale × every caller', { timeout: 600_000 }, async () => {
    const cases = readRoutes().flatMap(({ segment, rest, locale }) =>
      HTTP_METHODS.flatMap((method) =>
        CALLERS.map((caller) => ({
          caller,
          method,
          rawPath: `/api/${segment}${rest ? `/${rest}` : ''}?status=draft&locale=${locale}`,
        })),
      ),
    );
    const answers = await inBatches(cases, 6, async ({ caller, method, rawPath }) => {
      const body = ['POST', 'PUT', 'PATCH'].includes(method)
        ? JSON.stringify({ data: { status: 'draft' }, status: 'draft' })
        : undefined;
      return {
        method,
        request: `${caller} ${method} ${rawPath}`,
        answer: await rawRequest(method, rawPath, headersFor[caller], body),
      };
    });
    console.log(`[matrix] methods: ${answers.length} requests`);
    const writes = answers.filter(
      ({ method, answer }) => !['GET', 'HEAD', 'OPTIONS'].includes(method) && answer.status < 400,
    );
    expect(writes.map(({ request, answer }) => `${request} → ${answer.status}`)).toEqual([]);
    expectNoLeak(answers);
  });
});
