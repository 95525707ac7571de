// The search page's client: our own small UI on Pagefind's JS API. Pagefind picks the index of
// the page's <html lang>, so one script serves both locales; the text comes from the page as data.

import { type FilterCounts, loadPagefind, newestFirst, type PagefindSearch } from './pagefind-api.ts';
import {
  fillTemplate,
  hasSearch,
  orderFilterValues,
  readSearchQuery,
  SEARCH_FILTER_KEYS,
  type SearchAliases,
  type SearchFilterKey,
  type SearchFilters,
  type SearchQuery,
  withoutFilter,
  writeSearchQuery,
} from './search-query.ts';
import { renderResult } from './search-result.ts';

interface Config {
  aliases: SearchAliases;
  messages: Record<'loading' | 'prompt' | 'noResults' | 'count' | 'showing' | 'failed', string>;
}

const PAGE_SIZE = 20;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Search page is missing ${selector}`);
  return element;
}

/** Starts the search UI inside `[data-search]`; does nothing on other pages. */
async function start(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const config = JSON.parse(required(root, '[data-search-config]').textContent ?? '{}') as Config;
  const form = required<HTMLFormElement>(root, 'form[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const selects = new Map(
    SEARCH_FILTER_KEYS.map((key) => [
      key,
      required<HTMLSelectElement>(form, `[data-search-filter="${key}"]`),
    ]),
  );
  const { messages } = config;

  // Listeners are attached at once (below) so an early Enter never falls back to a page reload;
  // searches wait for the index instead.
  const ready = loadPagefind(root.dataset.pagefindBundle ?? '/pagefind/pagefind.js');
  // The build-time option labels are the values; counts are appended to the visible text only.
  const known = new Map(
    [...selects].map(([key, select]) => [key, [...select.options].map((o) => o.value).filter(Boolean)]),
  );

  const setCounts = (
    key: SearchFilterKey,
    counts: Record<string, number>,
    totals: FilterCounts,
    chosen?: string,
  ) => {
    const select = selects.get(key);
    if (!select) return;
    const values = orderFilterValues(key, known.get(key) ?? [], Object.keys(totals[key] ?? {}));
    if (chosen && !values.includes(chosen)) values.unshift(chosen);
    const any = select.options[0];
    select.replaceChildren(
      ...(any ? [any] : []),
      ...values.map((value) => new Option(`${value} (${counts[value] ?? 0})`, value)),
    );
    select.value = chosen ?? '';
  };

  let generation = 0;
  let results: PagefindSearch['results'] = [];
  let shown = 0;

  const renderStatus = () => {
    if (results.length === 0) status.textContent = messages.noResults;
    else {
      const count = fillTemplate(messages.count, { count: results.length });
      status.textContent = shown < results.length ? count + fillTemplate(messages.showing, { shown }) : count;
    }
  };

  const showMore = async (focusFirst: boolean) => {
    const mine = generation;
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (mine !== generation) return;
    const items = page.map(renderResult);
    list.append(...items);
    shown += page.length;
    more.hidden = shown >= results.length;
    renderStatus();
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const run = async (query: SearchQuery) => {
    const mine = ++generation;
    const { pagefind, totals } = await ready;
    if (mine !== generation) return;
    if (!hasSearch(query)) {
      for (const key of SEARCH_FILTER_KEYS) setCounts(key, totals[key] ?? {}, totals);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = messages.prompt;
      return;
    }
    const term = query.q || null;
    const search = await pagefind.search(term, { filters: query.filters });
    // Faceted counts: each chosen dimension counts its values as if it were not chosen yet.
    const facets = await Promise.all(
      SEARCH_FILTER_KEYS.map(async (key) =>
        query.filters[key]
          ? (await pagefind.search(term, { filters: withoutFilter(query.filters, key) })).filters
          : search.filters,
      ),
    );
    const ordered = term ? search.results : await newestFirst(pagefind, query.filters, search.results);
    if (mine !== generation) return;
    for (const [i, key] of SEARCH_FILTER_KEYS.entries()) {
      setCounts(key, facets[i]?.[key] ?? {}, totals, query.filters[key]);
    }
    results = ordered;
    shown = 0;
    list.replaceChildren();
    await showMore(false);
  };

  // A failed index load or search says so instead of leaving the reader with "Searching…".
  const runSafely = (query: SearchQuery) =>
    run(query).catch(() => {
      status.textContent = messages.failed;
    });

  const current = (): SearchQuery => {
    const filters: SearchFilters = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    return { q: input.value.trim(), filters };
  };

  const navigate = (mode: 'push' | 'replace') => {
    const query = current();
    const url = `${location.pathname}${writeSearchQuery(query)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void runSafely(query);
  };

  let typing: number | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    navigate('push');
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => navigate('replace'), 300);
  });
  for (const select of selects.values()) select.addEventListener('change', () => navigate('push'));
  required<HTMLAnchorElement>(form, '[data-search-clear]').addEventListener('click', (event) => {
    event.preventDefault();
    for (const select of selects.values()) select.value = '';
    navigate('push');
  });
  more.addEventListener('click', () => void showMore(true));
  const fromUrl = () => {
    const query = readSearchQuery(location.search, config.aliases);
    input.value = query.q;
    void runSafely(query);
  };
  window.addEventListener('popstate', fromUrl);
  status.textContent = messages.loading;
  fromUrl();
}

void start();
