import type { SiteLocale } from '../locales.ts';

const zh = {
  mapTitle: '山东省16市地图',
  mapHint: '点击地图或列表中的城市，查看城市概况。',
  cityList: '16市列表',
  headlines: '头条资讯',
  newsColumns: '新闻栏目',
  more: '更多',
  moreNews: '更多资讯',
  featuredParks: '国家级园区',
  featuredProjects: '重点招商项目',
  allParks: '全部园区',
  allProjects: '全部项目',
  allCities: '全部城市',
  allIndustries: '全部产业',
  allTopicArticles: (topic: string) => `全部${topic}文章`,
  talentEntry: '招才引智',
  talentEntryText: '人才政策、人才需求与人才信息。',
  contactEntry: '联络我们',
  contactEntryText: '政府职能部门、投资促进机构、驻外代表处和各市服务机构的联系方式。',
  noParks: '该市暂无园区信息。',
  noProjects: '该市暂无招商项目。',
  noContacts: '该市暂无联络机构信息。',
  noArticles: '该市暂无相关资讯。',
  noTopicArticles: '本专题暂无文章。',
  industryNoCities: '暂无相关城市。',
  cityNews: '最新资讯',
  compareTitle: '16市对比',
  chartTable: '查看数据表',
  chartCity: '城市',
  chartValue: '数值',
  chartRank: (rank: number, total: number) => `在${total}个城市中居第${rank}位`,
  industryOrder: (order: number) => `第${order}项`,
  investmentAmount: (amount: number) => `${amount}亿元`,
  yearSuffix: (year: number) => `（${year}年）`,
  unitSuffix: (unit: string) => `（${unit}）`,
  cityTopicIntro: (city: string, topic: string) => `${city}${topic}相关文章，按发布时间排列。`,
};

const en: typeof zh = {
  mapTitle: 'Map of Shandong’s 16 cities',
  mapHint: 'Choose a city on the map or in the list to see its profile.',
  cityList: 'The 16 cities',
  headlines: 'Headlines',
  newsColumns: 'News columns',
  more: 'More',
  moreNews: 'More news',
  featuredParks: 'National-level parks',
  featuredProjects: 'Featured projects',
  allParks: 'All parks',
  allProjects: 'All projects',
  allCities: 'All cities',
  allIndustries: 'All industries',
  allTopicArticles: (topic: string) => `All ${topic.toLowerCase()} articles`,
  talentEntry: 'Talent',
  talentEntryText: 'Talent policy, talent demand and talent information.',
  contactEntry: 'Contact us',
  contactEntryText:
    'Government departments, investment promotion agencies, overseas offices and city service agencies.',
  noParks: 'No parks listed for this city yet.',
  noProjects: 'No projects listed for this city yet.',
  noContacts: 'No contacts listed for this city yet.',
  noArticles: 'No news about this city yet.',
  noTopicArticles: 'No articles on this topic yet.',
  industryNoCities: 'No cities listed yet.',
  cityNews: 'Latest news',
  compareTitle: 'Compared with the other cities',
  chartTable: 'Show the data table',
  chartCity: 'City',
  chartValue: 'Value',
  chartRank: (rank: number, total: number) => `ranks ${rank} of ${total} cities`,
  industryOrder: (order: number) => `No. ${order}`,
  investmentAmount: (amount: number) => `CNY ${Number((amount / 10).toFixed(2))} billion`,
  yearSuffix: (year: number) => ` (${year})`,
  unitSuffix: (unit: string) => ` (${unit})`,
  cityTopicIntro: (city: string, topic: string) =>
    `Articles on ${topic.toLowerCase()} in ${city}, newest first.`,
};

/** Interface text of the home, city and industry pages and the map, by locale. */
export const CITY_STRINGS: Record<SiteLocale, typeof zh> = { zh, en };

/** The home/city/industry interface text for a locale. */
export function cityStrings(locale: SiteLocale): typeof zh {
  return CITY_STRINGS[locale];
}
