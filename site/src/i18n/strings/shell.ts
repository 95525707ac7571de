import type { SiteLocale } from '../locales.ts';

const zh = {
  /** Navigation labels used when the CMS site settings have no navigation. */
  nav: {
    home: '首页',
    news: '资讯要情',
    advantages: '山东优势',
    cities: '城市要览',
    industries: '十强产业',
    projects: '产业项目库',
    policies: '政策库',
    events: '活动',
    talent: '招才引智',
    jobs: '岗位库',
    parks: '经济园区',
    settle: '落户山东',
    cases: '合作案例',
    contacts: '联络我们',
    suggestions: '建言献策',
  },
  mainNavigation: '主导航',
  menu: '栏目导航',
  siteSearch: '站内搜索',
  searchLabel: '搜索关键词',
  searchButton: '搜索',
  languageSwitchLabel: 'English',
  footerNavigation: '页脚导航',
  footerAdvantages: '山东优势',
  footerContacts: '联络我们',
  footerAbout: '关于本站',
  accessibility: '无障碍声明',
  rssFeeds: 'RSS 订阅',
  notFoundTitle: '页面未找到',
  notFoundText: '您访问的页面不存在，可能已被移动或删除。',
  notFoundHome: '返回首页',
  notFoundSearch: '搜索本站',
  feedTitle: (siteName: string, column: string) => `${siteName} · ${column}`,
};

const en: typeof zh = {
  nav: {
    home: 'Home',
    news: 'News',
    advantages: 'Why Shandong',
    cities: 'Cities',
    industries: 'Key Industries',
    projects: 'Projects',
    policies: 'Policies',
    events: 'Events',
    jobs: 'Jobs',
    talent: 'Talent',
    parks: 'Parks',
    settle: 'Settle In',
    cases: 'Cases',
    contacts: 'Contact Us',
    suggestions: 'Suggestions',
  },
  mainNavigation: 'Main',
  menu: 'Menu',
  siteSearch: 'Site search',
  searchLabel: 'Search terms',
  searchButton: 'Search',
  languageSwitchLabel: '中文',
  footerNavigation: 'Footer',
  footerAdvantages: 'Why Shandong',
  footerContacts: 'Contact us',
  footerAbout: 'About this site',
  accessibility: 'Accessibility statement',
  rssFeeds: 'RSS feeds',
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you asked for does not exist. It may have been moved or removed.',
  notFoundHome: 'Go to the home page',
  notFoundSearch: 'Search this site',
  feedTitle: (siteName: string, column: string) => `${siteName} · ${column}`,
};

/** Interface text of the site shell (header, navigation, footer, 404), by locale. */
export const SHELL_STRINGS: Record<SiteLocale, typeof zh> = { zh, en };

/** The shell's interface text for a locale. */
export function shellStrings(locale: SiteLocale): typeof zh {
  return SHELL_STRINGS[locale];
}
