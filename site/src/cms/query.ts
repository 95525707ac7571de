import qs from 'qs';

/** A value that serializes to Strapi's bracket query syntax. */
export type QueryValue =
  | string
  | number
  | boolean
  | readonly QueryValue[]
  | { readonly [key: string]: QueryValue };

/**
 * Serializes nested params as Strapi's docs do, with `qs` (`populate[city][fields][0]=slug`, brackets
 * unescaped, values percent-encoded).
 */
export function serializeQuery(params: { readonly [key: string]: QueryValue }): string {
  return qs.stringify(params, { encodeValuesOnly: true });
}
