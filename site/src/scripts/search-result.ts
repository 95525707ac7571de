import type { PagefindResultData } from './pagefind-api.ts';

/** One result: title link, section and date, the excerpt with Pagefind's <mark>s, and the URL. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'py-4';
  const heading = document.createElement('h3');
  heading.className = 'text-lg font-semibold';
  const link = document.createElement('a');
  link.href = data.url;
  link.dataset.searchResult = '';
  link.className =
    'text-red-800 underline underline-offset-4 hover:text-red-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800';
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'mt-1 text-sm text-slate-700';
  meta.textContent = [data.filters.section?.[0], data.meta.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt mt-1 text-slate-900';
  // Pagefind builds the excerpt from our own sanitized pages and marks the hits with <mark>.
  excerpt.innerHTML = data.excerpt;
  const url = document.createElement('p');
  url.className = 'mt-1 break-all text-sm text-slate-700';
  // The path reads better than the full address, which wraps mid-word on phones.
  url.textContent = decodeURI(new URL(data.url, location.origin).pathname);
  item.append(heading, ...(meta.textContent ? [meta] : []), excerpt, url);
  return item;
}
