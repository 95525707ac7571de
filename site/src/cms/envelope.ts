import { z } from 'astro/zod';

/** `meta.pagination` of a Strapi collection response. */
const paginationSchema = z.object({
  /** Page number, from 1. */
  page: z.number().int().positive(),
  /** Documents per page (capped by Strapi's maxLimit). */
  pageSize: z.number().int().positive(),
  /** Number of pages; 0 for an empty collection. */
  pageCount: z.number().int().nonnegative(),
  /** Number of documents in the collection and locale. */
  total: z.number().int().nonnegative(),
});

/** A Strapi 5 collection response: `{ data: [...], meta: { pagination } }`. */
export const collectionEnvelopeSchema = z.object({
  /** The documents of this page, unvalidated. */
  data: z.array(z.record(z.unknown())),
  /** Paging information. */
  meta: z.object({ pagination: paginationSchema }),
});

/** A Strapi 5 single-type response: `{ data: {...} }`. */
export const singleEnvelopeSchema = z.object({
  /** The document, unvalidated. */
  data: z.record(z.unknown()),
});
