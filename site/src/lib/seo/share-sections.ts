// The default share image of each section (og:image when a page has no picture of its own):
// made by site/scripts/share-images from these names, committed under public/share/.

/** A section's default share image: its titles in both languages. */
export interface ShareSection {
  zh: string;
  en: string;
}

/** Sections by the first path segment after the locale prefix; `home` is the home page, `site` the rest. */
export const SHARE_SECTIONS = {
  home: { zh: '选择山东', en: 'Select Shandong' },
  news: { zh: '资讯要情', en: 'News' },
  cities: { zh: '城市要览', en: 'Cities' },
  industries: { zh: '十强产业', en: 'Priority industries' },
  parks: { zh: '经济园区', en: 'Economic parks' },
  projects: { zh: '产业项目库', en: 'Investment projects' },
  talent: { zh: '招才引智', en: 'Talent' },
  settle: { zh: '落户山东', en: 'Settle in Shandong' },
  cases: { zh: '合作案例', en: 'Cooperation cases' },
  contacts: { zh: '联络我们', en: 'Contact us' },
  advantages: { zh: '山东优势', en: 'Why Shandong' },
  site: { zh: '选择山东', en: 'Select Shandong' },
} as const satisfies Record<string, ShareSection>;

/** A section with a default share image. */
export type ShareSectionName = keyof typeof SHARE_SECTIONS;

/** Size of every default share image (the 1.91:1 that link previews show in full). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The section of a site path such as `/en/cities/jinan/` (`articles/…` belong to news). */
export function shareSectionOf(pathname: string): ShareSectionName {
  const segments = pathname.split('/').filter(Boolean);
  const [first = '', second = ''] = segments;
  const segment = first === 'en' ? second : first;
  if (segment === '') return 'home';
  if (segment === 'articles') return 'news';
  return segment in SHARE_SECTIONS ? (segment as ShareSectionName) : 'site';
}

/** The site path of a section's default share image. */
export function defaultShareImagePath(section: ShareSectionName): string {
  return `/share/${section}.png`;
}
