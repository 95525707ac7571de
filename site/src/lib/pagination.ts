/** Articles per page of a column listing. */
export const COLUMN_PAGE_SIZE = 20;

/** One page of a paginated listing. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has. */
  total: number;
  /** The items on this page. */
  items: T[];
}

/** Splits items into pages of `size`; an empty listing still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`Page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** The `[...page]` route param of page `n`: undefined for page 1, `page/<n>` after it. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

/** The page number of a `[...page]` route param (the inverse of `pageParam`). */
export function pageFromParam(param: string | undefined): number {
  if (param === undefined || param === '') return 1;
  const match = /^page\/([1-9]\d*)$/.exec(param);
  if (!match?.[1] || match[1] === '1') throw new Error(`Unknown page route param "${param}"`);
  return Number(match[1]);
}

/** Path of page `n` of a listing: page 1 is the listing itself, then `<base>page/<n>/`. */
export function pagePath(basePath: string, n: number): string {
  return n === 1 ? basePath : `${basePath}page/${n}/`;
}

/**
 * Page numbers to offer around the current page, `null` marking a gap: 1 … 4 5 6 … 10.
 * The first and last pages are always there so readers can jump to either end.
 */
export function pageWindow(current: number, total: number, radius = 1): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    // A gap of exactly one page shows that page instead of an ellipsis.
    if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
