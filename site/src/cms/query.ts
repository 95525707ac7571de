/** A value that serializes to Strapi's bracket query syntax. */
export type QueryValue =
  | string
  | number
  | boolean
  | readonly QueryValue[]
  | { readonly [key: string]: QueryValue };

function flatten(prefix: string, value: QueryValue, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item: QueryValue, index) => {
      flatten(`${prefix}[${index}]`, item, out);
    });
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, QueryValue>)) {
      flatten(prefix ? `${prefix}[${encodeURIComponent(key)}]` : encodeURIComponent(key), item, out);
    }
  } else {
    out.push(`${prefix}=${encodeURIComponent(String(value))}`);
  }
}

/** Serializes nested params the way `qs` does: `populate[city][fields][0]=slug` (brackets unescaped). */
export function serializeQuery(params: { readonly [key: string]: QueryValue }): string {
  const out: string[] = [];
  flatten('', params, out);
  return out.join('&');
}
