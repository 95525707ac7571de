import type { SiteLocale } from '../locales.ts';

const zh = {
  talent: '招才引智',
  settle: '落户山东',
  cases: '合作案例',
  columnTabs: '栏目导航',
  allColumns: '全部',
  more: '更多',
  pagination: '分页导航',
  previousPage: '上一页',
  nextPage: '下一页',
  page: (n: number) => `第 ${n} 页`,
  pageNumberBefore: '第 ',
  pageNumberAfter: ' 页',
  pageTitleSuffix: (n: number) => `（第 ${n} 页）`,
  pageOf: (n: number, total: number) => `第 ${n} 页，共 ${total} 页`,
  articleCount: (n: number) => `共 ${n} 篇`,
  noArticles: '本栏目暂无文章。',
  browseBy: '按条件浏览',
  filterHeading: '组合筛选',
  showResults: '查看结果',
  all: '全部',
  parkType: '园区类型',
  parkLevel: '园区级别',
  city: '所在城市',
  industry: '所属产业',
  investment: '投资规模',
  cooperationMode: '合作方式',
  investmentRanges: {
    'under-1': '1 亿元以下',
    '1-10': '1–10 亿元',
    '10-50': '10–50 亿元',
    '50-plus': '50 亿元及以上',
  },
  parksFoundBefore: '共 ',
  parksFoundAfter: ' 个园区',
  projectsFoundBefore: '共 ',
  projectsFoundAfter: ' 个项目',
  noParks: '没有符合条件的园区。',
  noProjects: '没有符合条件的项目。',
  parksIntro: '山东省的经济技术开发区、高新技术产业开发区和海关特殊监管区域，可按类型、级别和城市筛选。',
  projectsIntro: '面向海内外投资者发布的招商项目，可按城市、产业、投资规模和合作方式筛选。',
  filterTitle: (section: string, dimension: string, value: string) => `${section} — ${dimension}：${value}`,
  relatedArticles: '相关资讯',
  relatedProjects: '相关项目',
  otherParks: '同城园区',
  noRelatedArticles: '暂无相关资讯。',
  viewDetails: '查看详情',
  contactsIntro: '投资山东，您可以联系以下机构。',
  contactCategories: '机构类别',
  advantagesToc: '目录',
  investmentAmount: (amount: number) => `${amount} 亿元`,
};

const en: typeof zh = {
  talent: 'Talent',
  settle: 'Settle in Shandong',
  cases: 'Cooperation cases',
  columnTabs: 'Columns',
  allColumns: 'All',
  more: 'More',
  pagination: 'Pagination',
  previousPage: 'Previous',
  nextPage: 'Next',
  page: (n: number) => `Page ${n}`,
  pageNumberBefore: 'Page ',
  pageNumberAfter: '',
  pageTitleSuffix: (n: number) => ` (page ${n})`,
  pageOf: (n: number, total: number) => `Page ${n} of ${total}`,
  articleCount: (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`,
  noArticles: 'No articles in this column yet.',
  browseBy: 'Browse by',
  filterHeading: 'Filter',
  showResults: 'Show results',
  all: 'All',
  parkType: 'Type',
  parkLevel: 'Level',
  city: 'City',
  industry: 'Industry',
  investment: 'Investment',
  cooperationMode: 'Cooperation mode',
  investmentRanges: {
    'under-1': 'Under CNY 100 million',
    '1-10': 'CNY 100 million–1 billion',
    '10-50': 'CNY 1–5 billion',
    '50-plus': 'CNY 5 billion and above',
  },
  parksFoundBefore: 'Parks found: ',
  parksFoundAfter: '',
  projectsFoundBefore: 'Projects found: ',
  projectsFoundAfter: '',
  noParks: 'No parks match these filters.',
  noProjects: 'No projects match these filters.',
  parksIntro:
    "Shandong's economic and technological development zones, high-tech zones and special customs supervision zones, filterable by type, level and city.",
  projectsIntro:
    'Investment projects open to investors at home and abroad, filterable by city, industry, investment and cooperation mode.',
  filterTitle: (section: string, dimension: string, value: string) => `${section} — ${dimension}: ${value}`,
  relatedArticles: 'Related articles',
  relatedProjects: 'Related projects',
  otherParks: 'Other parks in this city',
  noRelatedArticles: 'No related articles yet.',
  viewDetails: 'Details',
  contactsIntro: 'To invest in Shandong, contact any of the organisations below.',
  contactCategories: 'Categories',
  advantagesToc: 'Contents',
  investmentAmount: (amount: number) => `CNY ${formatHundredMillions(amount)}`,
};

/** 亿元 in English words: 12 → "1.2 billion", 3.5 → "350 million". */
function formatHundredMillions(amount: number): string {
  const yuan = amount * 1e8;
  if (yuan >= 1e9) return `${Number((yuan / 1e9).toFixed(2))} billion`;
  return `${Number((yuan / 1e6).toFixed(1))} million`;
}

/** Interface text of the listings, directories and filters, by locale. */
export const LISTING_STRINGS: Record<SiteLocale, typeof zh> = { zh, en };

/** The listing interface text for a locale. */
export function listingStrings(locale: SiteLocale): typeof zh {
  return LISTING_STRINGS[locale];
}
