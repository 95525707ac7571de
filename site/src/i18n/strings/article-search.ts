import type { SiteLocale } from '../locales.ts';

const zh = {
  /** Section names used in article breadcrumbs and the Pagefind `section` filter. */
  sectionNews: '资讯要情',
  sectionTalent: '招才引智',
  sectionSettle: '落户山东',
  sectionCases: '合作案例',
  sectionCities: '城市要览',
  related: '相关推荐',
  relatedNone: '暂无相关文章。',
  relations: '相关信息',
  qrCaption: '扫一扫 手机浏览',
  qrLabel: '本页网址的二维码',
  qrAside: '手机浏览',
  searchTitle: '站内搜索',
  /** Distinct from the header box's landmark name (站内搜索), as two search landmarks must differ. */
  searchFormLabel: '搜索与筛选',
  searchLabel: '搜索关键词',
  searchButton: '搜索',
  searchIntro: '输入关键词，可按栏目、城市、产业和年份筛选。',
  filters: '筛选条件',
  filterSection: '栏目',
  filterCity: '城市',
  filterIndustry: '产业',
  filterYear: '年份',
  filterAny: '全部',
  clearFilters: '清除筛选',
  resultsHeading: '搜索结果',
  searchLoading: '正在搜索…',
  searchPrompt: '请输入关键词或选择筛选条件。',
  searchNoResults: '没有找到匹配的结果。请尝试其他关键词或减少筛选条件。',
  searchResultCount: '共找到 {count} 条结果',
  searchShowing: '（显示前 {shown} 条）',
  searchMore: '显示更多结果',
  searchFailed: '搜索暂时不可用，请稍后再试。',
  searchNoJs: '站内搜索需要启用 JavaScript。您也可以从以下栏目浏览全部内容：',
};

const en: typeof zh = {
  sectionNews: 'News',
  sectionTalent: 'Talent',
  sectionSettle: 'Settle in Shandong',
  sectionCases: 'Cases',
  sectionCities: 'Cities',
  related: 'Related articles',
  relatedNone: 'No related articles yet.',
  relations: 'Related',
  qrCaption: 'Scan to read on your phone',
  qrLabel: 'QR code of this page’s address',
  qrAside: 'Read on your phone',
  searchTitle: 'Search',
  searchFormLabel: 'Search and filter',
  searchLabel: 'Search terms',
  searchButton: 'Search',
  searchIntro: 'Enter search terms; narrow the results by section, city, industry and year.',
  filters: 'Filters',
  filterSection: 'Section',
  filterCity: 'City',
  filterIndustry: 'Industry',
  filterYear: 'Year',
  filterAny: 'All',
  clearFilters: 'Clear filters',
  resultsHeading: 'Results',
  searchLoading: 'Searching…',
  searchPrompt: 'Enter search terms or choose a filter.',
  searchNoResults: 'No results found. Try other words or fewer filters.',
  searchResultCount: '{count} results found',
  searchShowing: ' (showing the first {shown})',
  searchMore: 'Show more results',
  searchFailed: 'Search is unavailable at the moment. Please try again later.',
  searchNoJs: 'Search needs JavaScript. You can also browse everything from these sections:',
};

/** Interface text of the article and search pages, by locale. */
export const ARTICLE_SEARCH_STRINGS: Record<SiteLocale, typeof zh> = { zh, en };

/** The article and search page text for a locale. */
export function articleSearchStrings(locale: SiteLocale): typeof zh {
  return ARTICLE_SEARCH_STRINGS[locale];
}
