import { TYPE_LABELS } from '../../i18n/enum-labels.ts';
import type { SiteLocale } from '../../i18n/locales.ts';
import { articleSearchStrings } from '../../i18n/strings/article-search.ts';
import { formatBeijingDate } from '../../lib/format-date.ts';
import type { LocaleIndex } from '../../lib/site-index.ts';
import type { SearchAliases, SearchFilterKey } from '../../scripts/search-query.ts';

/** The values each search filter offers before the index is loaded, and the URL aliases. */
export interface SearchOptions {
  values: Record<SearchFilterKey, string[]>;
  aliases: SearchAliases;
}

/**
 * Filter values known at build time, in the portal's order (the same labels the pages give
 * Pagefind), so the selects are complete without JavaScript and the script only adds counts.
 */
export function searchOptions(index: LocaleIndex): SearchOptions {
  const locale: SiteLocale = index.locale;
  const text = articleSearchStrings(locale);
  const sections: [string, string][] = [
    ['news', text.sectionNews],
    ['cities', TYPE_LABELS.city[locale]],
    ['industries', TYPE_LABELS.industry[locale]],
    ['parks', TYPE_LABELS.park[locale]],
    ['projects', TYPE_LABELS.project[locale]],
    ['policies', TYPE_LABELS.policy[locale]],
    ['events', TYPE_LABELS.event[locale]],
    ['jobs', TYPE_LABELS.job[locale]],
    ['talent', text.sectionTalent],
    ['settle', text.sectionSettle],
    ['cases', text.sectionCases],
    ['contacts', TYPE_LABELS.contact[locale]],
    ['advantages', TYPE_LABELS.advantages[locale]],
  ];
  const years = [...new Set(index.articles.map((a) => formatBeijingDate(a.releasedAt).slice(0, 4)))]
    .sort()
    .reverse();
  return {
    values: {
      section: [...new Set(sections.map(([, label]) => label))],
      city: index.cities.map((city) => city.name),
      industry: index.industries.map((industry) => industry.name),
      year: years,
    },
    aliases: {
      section: Object.fromEntries(sections),
      city: Object.fromEntries(index.cities.map((city) => [city.slug, city.name])),
      industry: Object.fromEntries(index.industries.map((industry) => [industry.slug, industry.name])),
    },
  };
}
