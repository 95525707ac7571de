import type { ApiType } from '@select-shandong/shared-types';
import { z } from 'astro/zod';
import { adminCollectionEnvelopeSchema, adminSingleEnvelopeSchema, readEnvelope } from './envelope.ts';
import { createPager, getOne, pageThrough, type ReaderOptions } from './pager.ts';
import { type QueryValue, serializeQuery } from './query.ts';
import { validateWith } from './validate-document.ts';

/** Settings of the admin reader; only `baseUrl` and `adminJwt` are required. */
export interface ContentManagerOptions extends ReaderOptions {
  /** Strapi base URL without trailing slash. */
  baseUrl: string;
  /** An admin user's session token (from `/admin/login`). */
  adminJwt: string;
}

/** Which version of a type's documents to read; unset fields are not sent (types without i18n or drafts). */
export interface Variant {
  /** CMS locale, for localized types. */
  readonly locale?: string;
  /** Draft or published version, for types with draft & publish. */
  readonly status?: 'draft' | 'published';
}

/** A document as the content manager returns it: unvalidated, but with its documentId. */
export type AdminDocument = { documentId: string } & Record<string, unknown>;

/**
 * Reads every type as an editor's admin does (content-manager API): the content API serves
 * published versions only, to every caller, and no API token reads suggestions.
 */
export interface ContentManagerReader {
  /** Yields every document of a collection type in one variant, paging until pageCount. */
  listAll(type: ApiType, variant: Variant): AsyncGenerator<AdminDocument>;
  /** Fetches a single type in one variant; null when it was never created there. */
  fetchSingle(type: ApiType, variant: Variant): Promise<Record<string, unknown> | null>;
}

const adminDocumentSchema = z.object({ documentId: z.string().min(1) }).passthrough();

const AUTH_HINT =
  'the admin session is missing, expired or lacks read permission for this content type ' +
  '(log in again, as an editor who may read it)';

/** Creates the admin reader: the same retries, paging checks and progress lines as the CMS client. */
export function createContentManagerReader(options: ContentManagerOptions): ContentManagerReader {
  const pager = createPager(options, options.adminJwt, AUTH_HINT);
  const urlFor = (path: string, params: { [key: string]: QueryValue }) =>
    `${options.baseUrl}/content-manager/${path}?${serializeQuery(params)}`;
  const labelOf = (type: ApiType, variant: Variant) =>
    [type.uid, variant.locale, variant.status].filter(Boolean).join(' ');
  // Only what is set: a type without i18n or drafts has no locale or status to ask for.
  const paramsOf = ({ locale, status }: Variant): { [key: string]: QueryValue } => ({
    ...(locale && { locale }),
    ...(status && { status }),
  });

  function listAll(type: ApiType, variant: Variant): AsyncGenerator<AdminDocument> {
    return pageThrough(pager, {
      label: labelOf(type, variant),
      pageUrl: (page) =>
        urlFor(`collection-types/${type.uid}`, {
          ...paramsOf(variant),
          page,
          pageSize: pager.pageSize,
          sort: 'id:ASC',
        }),
      readPage: (body, url) => {
        const { results, pagination } = readEnvelope(
          adminCollectionEnvelopeSchema,
          body,
          url,
          'a content-manager listing',
        );
        return { documents: results, ...pagination };
      },
      toDocument: (raw) => validateWith(adminDocumentSchema, type.uid, variant.locale ?? '-', raw),
    });
  }

  function fetchSingle(type: ApiType, variant: Variant): Promise<Record<string, unknown> | null> {
    return getOne(
      pager,
      labelOf(type, variant),
      urlFor(`single-types/${type.uid}`, paramsOf(variant)),
      (body, url) => readEnvelope(adminSingleEnvelopeSchema, body, url, 'a content-manager single type').data,
    );
  }

  return { listAll, fetchSingle };
}
