import {
  type CmsLocale,
  CONTENT_TYPE_RULES,
  type CollectionTypeName,
  type ContentOf,
  type SingleTypeName,
} from '@select-shandong/shared-types';
import { type DocumentRef, documentRefSchema, type SingleRef, singleRefSchema } from './document-ref.ts';
import { collectionEnvelopeSchema, readEnvelope, singleEnvelopeSchema } from './envelope.ts';
import { createPager, getOne, pageThrough, type ReaderOptions } from './pager.ts';
import { type QueryValue, serializeQuery } from './query.ts';
import { validateDocument, validateWith } from './validate-document.ts';

/** Settings of the CMS client; only `baseUrl` and `token` are required. */
export interface CmsClientOptions extends ReaderOptions {
  /** Strapi base URL without trailing slash. */
  baseUrl: string;
  /** Read-only API token. */
  token: string;
}

/** The one way the site reads the CMS. */
export interface CmsClient {
  /** Yields every validated document of a collection in one locale, paging until pageCount. */
  fetchAllPages<T extends CollectionTypeName>(type: T, locale: CmsLocale): AsyncGenerator<ContentOf<T>>;
  /** Fetches a single type in one locale; null when it does not exist in that locale. */
  fetchSingle<T extends SingleTypeName>(type: T, locale: CmsLocale): Promise<ContentOf<T> | null>;
  /** Yields id, slug and updatedAt of every document of a collection in one locale (cheap: no populate). */
  listDocuments(type: CollectionTypeName, locale: CmsLocale): AsyncGenerator<DocumentRef>;
  /** Fetches id and updatedAt of a single type in one locale; null when it does not exist there. */
  fetchSingleRef(type: SingleTypeName, locale: CmsLocale): Promise<SingleRef | null>;
}

/** Creates the CMS client (paging, retries, auth, validation). */
export function createCmsClient(options: CmsClientOptions): CmsClient {
  const pager = createPager(options, options.token);
  const urlFor = (path: string, params: { [key: string]: QueryValue }) =>
    `${options.baseUrl}/api/${path}?${serializeQuery(params)}`;

  /** Pages through one collection and locale of the content API. */
  function pageThroughApi<D extends { documentId: string }>(
    path: string,
    locale: CmsLocale,
    query: { [key: string]: QueryValue },
    toDocument: (raw: Record<string, unknown>) => D,
  ): AsyncGenerator<D> {
    return pageThrough(pager, {
      label: `${path} ${locale}`,
      pageUrl: (page) =>
        urlFor(path, { locale, pagination: { page, pageSize: pager.pageSize }, sort: ['id:asc'], ...query }),
      readPage: (body, url) => {
        const { data, meta } = readEnvelope(collectionEnvelopeSchema, body, url, 'a Strapi collection page');
        return { documents: data, ...meta.pagination };
      },
      toDocument,
    });
  }

  /** GETs one single type and locale; null on 404 (not created for this locale). */
  function getSingle(
    path: string,
    locale: CmsLocale,
    query: { [key: string]: QueryValue },
  ): Promise<Record<string, unknown> | null> {
    return getOne(
      pager,
      `${path} ${locale}`,
      urlFor(path, { locale, ...query }),
      (body, url) => readEnvelope(singleEnvelopeSchema, body, url, 'a Strapi single type').data,
    );
  }

  function fetchAllPages<T extends CollectionTypeName>(
    type: T,
    locale: CmsLocale,
  ): AsyncGenerator<ContentOf<T>> {
    const { path, populate } = CONTENT_TYPE_RULES[type];
    return pageThroughApi(path, locale, { populate }, (raw) => validateDocument(type, locale, raw));
  }

  function listDocuments(type: CollectionTypeName, locale: CmsLocale): AsyncGenerator<DocumentRef> {
    const fields = ['slug', 'updatedAt'];
    return pageThroughApi(CONTENT_TYPE_RULES[type].path, locale, { fields }, (raw) =>
      validateWith(documentRefSchema, type, locale, raw),
    );
  }

  async function fetchSingle<T extends SingleTypeName>(
    type: T,
    locale: CmsLocale,
  ): Promise<ContentOf<T> | null> {
    const { path, populate } = CONTENT_TYPE_RULES[type];
    const raw = await getSingle(path, locale, { populate });
    return raw && validateDocument(type, locale, raw);
  }

  async function fetchSingleRef(type: SingleTypeName, locale: CmsLocale): Promise<SingleRef | null> {
    const raw = await getSingle(CONTENT_TYPE_RULES[type].path, locale, { fields: ['updatedAt'] });
    return raw && validateWith(singleRefSchema, type, locale, raw);
  }

  return { fetchAllPages, fetchSingle, listDocuments, fetchSingleRef };
}
