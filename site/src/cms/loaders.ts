import {
  CMS_LOCALES,
  type CmsLocale,
  type CollectionTypeName,
  type SingleTypeName,
} from '@select-shandong/shared-types';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readCmsEnv } from '../config/env.ts';
import { isTypesOnlySync } from './astro-command.ts';
import { type CmsClient, createCmsClient } from './client.ts';
import { DuplicateSlugError } from './errors.ts';

/** Entry id of a document in a collection: one entry per locale version. */
export function entryId(locale: CmsLocale, documentId: string): string {
  return `${locale}/${documentId}`;
}

function clientFromEnv(): CmsClient {
  const env = readCmsEnv();
  return createCmsClient({
    baseUrl: env.strapiUrl,
    token: env.strapiToken,
    timeoutMs: env.timeoutMs,
    retryBudgetMs: env.retryBudgetMs,
  });
}

/** True (and logged) when `astro sync` only generates types: the CMS is not contacted then. */
function skipForSync(context: LoaderContext): boolean {
  if (!isTypesOnlySync()) return false;
  context.logger.info('astro sync: types only, the CMS is not contacted');
  return true;
}

async function loadLocale(
  context: LoaderContext,
  client: CmsClient,
  type: CollectionTypeName,
  locale: CmsLocale,
) {
  const slugs = new Map<string, string>();
  // Documents are stored as they arrive, page by page; nothing else keeps a copy.
  for await (const document of client.fetchAllPages(type, locale)) {
    const other = slugs.get(document.slug);
    if (other !== undefined) {
      throw new DuplicateSlugError(
        `Duplicate slug "${document.slug}" in ${type} (locale ${locale}): documents ${other} and ${document.documentId} ` +
          'would get the same page. Give one of them another slug in the CMS.',
      );
    }
    slugs.set(document.slug, document.documentId);
    context.store.set({
      id: entryId(locale, document.documentId),
      data: document,
      digest: context.generateDigest(document),
    });
  }
}

/** Loads every published document of a collection type, in every locale, validated by shared-types. */
export function cmsCollectionLoader(type: CollectionTypeName): Loader {
  return {
    name: `cms-${type}`,
    load: async (context) => {
      if (skipForSync(context)) return;
      const client = clientFromEnv();
      context.store.clear();
      await Promise.all(CMS_LOCALES.map((locale) => loadLocale(context, client, type, locale)));
    },
  };
}

/** Loads a single type in every locale where it exists. */
export function cmsSingleLoader(type: SingleTypeName): Loader {
  return {
    name: `cms-${type}`,
    load: async (context) => {
      if (skipForSync(context)) return;
      const client = clientFromEnv();
      context.store.clear();
      for (const locale of CMS_LOCALES) {
        const document = await client.fetchSingle(type, locale);
        if (!document) continue;
        context.store.set({
          id: entryId(locale, document.documentId),
          data: document,
          digest: context.generateDigest(document),
        });
      }
    },
  };
}
