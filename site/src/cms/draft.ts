import {
  type CmsLocale,
  CONTENT_TYPE_RULES,
  type ContentOf,
  type ContentTypeName,
} from '@select-shandong/shared-types';
import { readEnvelope, singleEnvelopeSchema } from './envelope.ts';
import { CmsError } from './errors.ts';
import { createPager, getOne, type ReaderOptions } from './pager.ts';
import { serializeQuery } from './query.ts';
import { getJson } from './request.ts';
import { validateDocument } from './validate-document.ts';

/** Where the preview reads drafts: Strapi's draft route (cms/src/preview/draft-route.ts). */
export interface DraftReaderOptions extends ReaderOptions {
  /** Strapi base URL without trailing slash. */
  baseUrl: string;
  /** PREVIEW_SECRET, which the draft route checks; the build token cannot read drafts. */
  previewSecret: string;
}

/** Reads one document's draft for the preview. */
export interface DraftReader {
  /** The draft of `documentId` in `locale`, validated by shared-types as published content is; null when there is none. */
  fetchDraft<T extends ContentTypeName>(
    type: T,
    documentId: string,
    locale: CmsLocale,
  ): Promise<ContentOf<T> | null>;
  /** A stamp of everything published (cms/src/preview/published-state.ts): it changes with every publish, unpublish or delete. */
  fetchPublishedStamp(): Promise<string>;
}

/** Creates the preview's draft reader: the same populate rules and validation as the site build. */
export function createDraftReader(options: DraftReaderOptions): DraftReader {
  const pager = createPager(options, options.previewSecret);
  return {
    async fetchDraft(type, documentId, locale) {
      const query = serializeQuery({ locale, populate: CONTENT_TYPE_RULES[type].populate });
      const url = `${options.baseUrl}/site-preview/${type}/${encodeURIComponent(documentId)}?${query}`;
      const raw = await getOne(
        pager,
        `draft ${type} ${documentId} ${locale}`,
        url,
        (body, from) => readEnvelope(singleEnvelopeSchema, body, from, 'a Strapi preview draft').data,
      );
      // A draft has no publishedAt yet; its page is the page it would be if published now.
      return (
        raw &&
        validateDocument(type, locale, { ...raw, publishedAt: raw.publishedAt ?? new Date().toISOString() })
      );
    },
    async fetchPublishedStamp() {
      const url = `${options.baseUrl}/site-preview/published-state`;
      const body = (await getJson(url, pager.request)) as { data?: { stamp?: unknown } } | null;
      const stamp = body?.data?.stamp;
      if (typeof stamp !== 'string') {
        throw new CmsError(`CMS request GET ${url}: expected { data: { stamp: string } }`, {
          url,
          status: 200,
        });
      }
      return stamp;
    },
  };
}
