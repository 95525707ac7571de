import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { type FixtureServer, fakeArticle, pageOf, startCmsServer } from './__fixtures__/cms-server.ts';
import { ASTRO_COMMAND_ENV } from './astro-command.ts';
import { DuplicateSlugError } from './errors.ts';
import { cmsCollectionLoader } from './loaders.ts';

let server: FixtureServer | undefined;
const saved = { ...process.env };
afterEach(async () => {
  await server?.close();
  server = undefined;
  process.env = { ...saved };
});

/** The parts of Astro's loader context the CMS loaders use, backed by a Map. */
function fakeContext() {
  const entries = new Map<string, unknown>();
  const context = {
    collection: 'articles',
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(),
    store: {
      clear: () => entries.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => {
        entries.set(id, data);
        return true;
      },
    },
  };
  return { entries, context: context as unknown as LoaderContext };
}

function useServer(byLocale: Record<string, Record<string, unknown>[]>) {
  return startCmsServer((url) => pageOf(url, byLocale[url.searchParams.get('locale') ?? ''] ?? []));
}

describe('cmsCollectionLoader', () => {
  it('stores every document of both locales keyed locale/documentId', async () => {
    server = await useServer({ 'zh-Hans': [fakeArticle(1), fakeArticle(2)], en: [fakeArticle(1, 'en')] });
    Object.assign(process.env, {
      STRAPI_URL: server.baseUrl,
      STRAPI_TOKEN: 't',
      [ASTRO_COMMAND_ENV]: 'build',
    });
    const { entries, context } = fakeContext();

    await cmsCollectionLoader('article').load(context);

    expect([...entries.keys()].sort()).toEqual([
      'en/article000001',
      'zh-Hans/article000001',
      'zh-Hans/article000002',
    ]);
  });

  it('fails on a duplicate slug within a type and locale, naming both documentIds', async () => {
    const twin = { ...fakeArticle(2), slug: 'article-1' };
    server = await useServer({ 'zh-Hans': [fakeArticle(1), twin], en: [] });
    Object.assign(process.env, {
      STRAPI_URL: server.baseUrl,
      STRAPI_TOKEN: 't',
      [ASTRO_COMMAND_ENV]: 'build',
    });

    const load = cmsCollectionLoader('article').load(fakeContext().context);

    await expect(load).rejects.toThrow(DuplicateSlugError);
    await expect(load).rejects.toThrow(
      'Duplicate slug "article-1" in article (locale zh-Hans): documents article000001 and article000002',
    );
  });

  it('does not contact the CMS (or need its env) during `astro sync`', async () => {
    delete process.env.STRAPI_URL;
    delete process.env.STRAPI_TOKEN;
    process.env[ASTRO_COMMAND_ENV] = 'sync';
    const { entries, context } = fakeContext();

    await cmsCollectionLoader('article').load(context);

    expect(entries.size).toBe(0);
  });
});
