import { type ZodType, type ZodTypeDef, z } from 'astro/zod';
import { CmsError } from './errors.ts';

/** The `pagination` object of a Strapi collection listing (content API and content manager alike). */
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

/** A content-manager (admin) collection listing: `{ results: [...], pagination }`. */
export const adminCollectionEnvelopeSchema = z.object({
  /** The documents of this page, unvalidated. */
  results: z.array(z.record(z.unknown())),
  /** Paging information. */
  pagination: paginationSchema,
});

/** A content-manager (admin) single type: `{ data: {...} }`, `data` null when never created. */
export const adminSingleEnvelopeSchema = z.object({
  /** The document, unvalidated. */
  data: z.record(z.unknown()).nullable(),
});

/** Parses `body` with `schema`, or throws a CmsError saying that `url` did not answer `what`. */
export function readEnvelope<T>(
  schema: ZodType<T, ZodTypeDef, unknown>,
  body: unknown,
  url: string,
  what: string,
): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new CmsError(`CMS response from GET ${url} is not ${what}: ${parsed.error.message}`, {
    url,
    status: 200,
    cause: parsed.error,
  });
}
