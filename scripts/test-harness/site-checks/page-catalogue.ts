// One representative URL per page type and locale, chosen from the demo fixtures (never hard-coded
// slugs), so the accessibility run, the journeys and the screenshots look at pages that exist.

import { demoContent } from '@select-shandong/cms/seed/fixtures';
import type { ArticleColumn } from '@select-shandong/shared-types';
import type { SiteLocale } from '@select-shandong/site/i18n/locales';
import {
  cityTopicPath,
  columnPath,
  documentPath,
  homePath,
  LISTING_SECTIONS,
  sectionPath,
} from '@select-shandong/site/i18n/paths';

/** A page to look at: what it is, in which locale, and its URL path (with query for search). */
export interface CataloguePage {
  kind: string;
  locale: SiteLocale;
  path: string;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The demo fixtures have no ${what}`);
  return value;
}

const { articles, cities, parks, projects, contacts, industries, policies, events, jobs } = demoContent;

/** An article with an English version and a city: the one most page types relate to. */
export const bilingualArticle = required(
  articles.find((a) => a.en && a.city && a.industries.length > 0 && !a.column.startsWith('city_')),
  'bilingual article with a city and an industry',
);
/** An article in Chinese only. */
export const chineseOnlyArticle = required(
  articles.find((a) => !a.en),
  'Chinese-only article',
);
/** A city topic article (营商环境 …) with English, whose city has English too. */
const topicArticle = required(
  articles.find((a) => a.column.startsWith('city_') && a.en && cities.find((c) => c.slug === a.city)?.en),
  'bilingual city topic article',
);
/** A bilingual city with parks and projects. */
export const featuredCity = required(
  cities.find(
    (c) => c.en && parks.some((p) => p.city === c.slug && p.en) && projects.some((p) => p.city === c.slug),
  ),
  'bilingual city with parks and projects',
);
const park = required(
  parks.find((p) => p.en),
  'bilingual park',
);
const project = required(
  projects.find((p) => p.en),
  'bilingual project',
);
/** A bilingual job still open whenever the demo is seeded (its dates are offsets from the seed day). */
const openJob = required(
  jobs.find((j) => j.en && j.validForDays - j.postedDaysAgo > 14),
  'bilingual open job',
);
/** A bilingual job that had expired when the demo was seeded: its page shows the expiry notice. */
const expiredJob = required(
  jobs.find((j) => j.en && j.validForDays < j.postedDaysAgo),
  'bilingual expired job',
);
const contact = required(
  contacts.find((c) => c.en),
  'bilingual contact',
);
const industry = required(
  industries.find((i) => i.en),
  'bilingual industry',
);
/** A bilingual repealed policy whose successor is bilingual too: the page shows the notice. */
export const repealedPolicy = required(
  policies.find(
    (p) => p.en && p.validity === 'repealed' && policies.find((s) => s.slug === p.supersededBy)?.en,
  ),
  'bilingual repealed policy with a bilingual successor',
);
/** A bilingual municipal policy with an interpretation article. */
const municipalPolicy = required(
  policies.find((p) => p.en && p.level === 'municipal' && p.interpretation),
  'bilingual municipal policy with an interpretation',
);
/** A bilingual event always still to come (dated from the seed day), with registration and guests. */
const upcomingEvent = required(
  events.find((e) => e.en && 'startsInDays' in e.when && e.when.startsInDays > 30 && e.registrationUrl),
  'bilingual upcoming event with registration',
);
/** A bilingual past event with fixed dates, and so the year of its archive page. */
const pastEvent = required(
  events.find((e) => e.en && 'startsAt' in e.when),
  'bilingual past event with fixed dates',
);
const pastEventYear = 'startsAt' in pastEvent.when ? pastEvent.when.startsAt.slice(0, 4) : '';
/** The news column the column-page checks use. */
export const sampleColumn: ArticleColumn = 'investment_news';

/** The search query the catalogue's search page shows results for: a fixture title. */
export function searchQuery(locale: SiteLocale): string {
  return locale === 'zh' ? bilingualArticle.zh.title : (bilingualArticle.en?.title ?? '');
}

/** Every page type of the site in `locale` (pages that exist only in Chinese are left out for en). */
export function cataloguePages(locale: SiteLocale): CataloguePage[] {
  const page = (kind: string, path: string): CataloguePage => ({ kind, locale, path });
  const topicCity = required(topicArticle.city, 'topic city');
  const pages: CataloguePage[] = [
    page('home', homePath(locale)),
    ...LISTING_SECTIONS.map((section) => page(`section ${section}`, sectionPath(locale, section))),
    page('column', columnPath(locale, sampleColumn)),
    page('city', documentPath(locale, 'city', featuredCity.slug)),
    page('city topic', cityTopicPath(locale, topicCity, topicArticle.column)),
    page('industry', documentPath(locale, 'industry', industry.slug)),
    page('park', documentPath(locale, 'park', park.slug)),
    page('project', documentPath(locale, 'project', project.slug)),
    page('contact', documentPath(locale, 'contact', contact.slug)),
    page('policy (repealed)', documentPath(locale, 'policy', repealedPolicy.slug)),
    page('policy (municipal)', documentPath(locale, 'policy', municipalPolicy.slug)),
    page('event (upcoming)', documentPath(locale, 'event', upcomingEvent.slug)),
    page('event (past)', documentPath(locale, 'event', pastEvent.slug)),
    page('event archive year', `${sectionPath(locale, 'events')}archive/${pastEventYear}/`),
    page('job', documentPath(locale, 'job', openJob.slug)),
    page('job (expired)', documentPath(locale, 'job', expiredJob.slug)),
    page('job filter', `${sectionPath(locale, 'jobs')}city/${openJob.city}/`),
    page('article (bilingual)', documentPath(locale, 'article', bilingualArticle.slug)),
    page('park filter', `${sectionPath(locale, 'parks')}type/high-tech-zone/`),
    page('project filter', `${sectionPath(locale, 'projects')}city/${featuredCity.slug}/`),
    page('policy filter', `${sectionPath(locale, 'policies')}level/municipal/`),
    page(
      'search with results',
      `${sectionPath(locale, 'search')}?q=${encodeURIComponent(searchQuery(locale))}`,
    ),
    page('accessibility statement', sectionPath(locale, 'accessibility')),
    page('404', `${homePath(locale)}no-such-page-${locale}/`),
  ];
  if (locale === 'zh') {
    pages.push(page('article (Chinese only)', documentPath(locale, 'article', chineseOnlyArticle.slug)));
  }
  return pages;
}

/** The pages docs/screenshots shows: name → URL path (Chinese). */
export function screenshotPages(): Record<'home' | 'city' | 'article' | 'projects' | 'search', string> {
  return {
    home: homePath('zh'),
    city: documentPath('zh', 'city', featuredCity.slug),
    article: documentPath('zh', 'article', bilingualArticle.slug),
    projects: sectionPath('zh', 'projects'),
    search: `${sectionPath('zh', 'search')}?q=${encodeURIComponent(featuredCity.zh.name)}`,
  };
}
