// The part of Pagefind's JS API (`/pagefind/pagefind.js`, written by the build) the search page uses.
import type { SearchFilters } from './search-query.ts';

/** Result counts per filter value: `{ city: { 济南: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind returns for one result. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** The results of one search (data loaded lazily) and its filter counts. */
export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: FilterCounts;
}

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) this page uses. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string | null,
    options: { filters: SearchFilters; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
}

/** Loads Pagefind's bundle (the index of the page's <html lang>) and the overall filter counts. */
export async function loadPagefind(bundle: string): Promise<{ pagefind: Pagefind; totals: FilterCounts }> {
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 30 });
  return { pagefind, totals: await pagefind.filters() };
}

/**
 * Without words Pagefind lists the filtered pages in index order: put dated pages (articles) first,
 * newest first, then the rest. Sorting alone would drop every page without a date.
 */
export async function newestFirst(
  pagefind: Pagefind,
  filters: SearchFilters,
  results: PagefindSearch['results'],
): Promise<PagefindSearch['results']> {
  const dated = (await pagefind.search(null, { filters, sort: { date: 'desc' } })).results;
  const seen = new Set(dated.map((result) => result.id));
  return [...dated, ...results.filter((result) => !seen.has(result.id))];
}
