/** The filters the search page offers, in the order of its controls. */
export const SEARCH_FILTER_KEYS = ['section', 'city', 'industry', 'year'] as const;

/** One of the search page's filters. */
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** The chosen value of each filter (absent = any). */
export type SearchFilters = Partial<Record<SearchFilterKey, string>>;

/** A search as the URL carries it: `?q=…&section=…&city=…&industry=…&year=…`. */
export interface SearchQuery {
  q: string;
  filters: SearchFilters;
}

/** Other spellings of filter values accepted in the URL (a city slug for its name, …). */
export type SearchAliases = Partial<Record<SearchFilterKey, Record<string, string>>>;

/** Reads the search from a URL's query string; empty parameters mean "any". */
export function readSearchQuery(search: string, aliases: SearchAliases = {}): SearchQuery {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = aliases[key]?.[value] ?? value;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** The query string of a search, parameters in a stable order, empty ones left out. */
export function writeSearchQuery({ q, filters }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const key of SEARCH_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether there is anything to search for: words or at least one filter. */
export function hasSearch({ q, filters }: SearchQuery): boolean {
  return q !== '' || SEARCH_FILTER_KEYS.some((key) => filters[key]);
}

/** The filters without one dimension, to count that dimension's other values (faceted counts). */
export function withoutFilter(filters: SearchFilters, key: SearchFilterKey): SearchFilters {
  const { [key]: _omitted, ...rest } = filters;
  return rest;
}

/** Fills `{name}` placeholders of an interface string. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/**
 * Orders the values of a filter for its select: the build-time order first (cities and industries
 * in the portal's order), then values only the index knows, years newest first.
 */
export function orderFilterValues(
  key: SearchFilterKey,
  known: readonly string[],
  indexed: readonly string[],
): string[] {
  const present = new Set(indexed);
  const extra = indexed.filter((value) => !known.includes(value));
  const ordered = [...known.filter((value) => present.has(value)), ...extra.sort()];
  return key === 'year' ? ordered.sort((a, b) => b.localeCompare(a)) : ordered;
}
