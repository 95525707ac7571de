import type { NavItem } from '@select-shandong/shared-types';
import type { SiteLocale } from '../../i18n/locales.ts';
import { homePath, type Section, sectionPath } from '../../i18n/paths.ts';

/** The portal's main sections in the order of its navigation (DESIGN.md §3), after 首页. */
export const MAIN_NAV_SECTIONS = [
  'news',
  'advantages',
  'cities',
  'industries',
  'projects',
  'policies',
  'events',
  'talent',
  'jobs',
  'parks',
  'settle',
  'cases',
  'contacts',
  'suggestions',
] as const satisfies readonly Section[];

/** Sections an editor may put in the navigation besides the main ones. */
const OTHER_SECTIONS = ['search', 'accessibility'] as const satisfies readonly Section[];

/** What a navigation link points to: the home page or a section index. */
export type NavTarget = 'home' | Section;

/** One link of the main navigation. */
export interface NavLink {
  target: NavTarget;
  href: string;
  label: string;
}

/** The navigation to render and the editors' items left out because their page is not in this build. */
export interface NavPlan {
  links: NavLink[];
  dropped: NavItem[];
}

/** Inputs of {@link planMainNav}. */
export interface NavInputs {
  locale: SiteLocale;
  /** The site settings' `navigation`, or undefined without site settings. */
  cmsItems: readonly NavItem[] | undefined;
  /** Whether the build has the section's index page. */
  isBuilt: (section: Section) => boolean;
  /** Labels used when the CMS has no navigation. */
  fallbackLabels: Record<'home' | (typeof MAIN_NAV_SECTIONS)[number], string>;
}

// Editors type hrefs by hand; `/news` and `/news/` mean the same page.
const normalize = (href: string) => {
  const path = href.trim().split(/[?#]/)[0] ?? '';
  return path.endsWith('/') ? path : `${path}/`;
};

/**
 * The main navigation: the editors' items in their order and with their labels, kept only when
 * they point to the home page or a section built in this locale; without CMS items, the portal's
 * default sections with interface labels.
 */
export function planMainNav({ locale, cmsItems, isBuilt, fallbackLabels }: NavInputs): NavPlan {
  const targets = new Map<string, NavTarget>([[homePath(locale), 'home']]);
  for (const section of [...MAIN_NAV_SECTIONS, ...OTHER_SECTIONS]) {
    if (isBuilt(section)) targets.set(sectionPath(locale, section), section);
  }
  if (!cmsItems || cmsItems.length === 0) {
    const links: NavLink[] = [{ target: 'home', href: homePath(locale), label: fallbackLabels.home }];
    for (const section of MAIN_NAV_SECTIONS) {
      if (isBuilt(section))
        links.push({ target: section, href: sectionPath(locale, section), label: fallbackLabels[section] });
    }
    return { links, dropped: [] };
  }
  const links: NavLink[] = [];
  const dropped: NavItem[] = [];
  const used = new Set<NavTarget>();
  for (const item of cmsItems) {
    const href = normalize(item.href);
    const target = targets.get(href);
    const label = item.label.trim();
    if (!target || used.has(target) || !label) {
      dropped.push(item);
      continue;
    }
    used.add(target);
    links.push({ target, href, label });
  }
  return { links, dropped };
}

/**
 * Which navigation link holds the current page: `page` when the page is the link's target,
 * `true` (a location inside it) when the path is below it or the first breadcrumb is that section.
 */
export function currentNavState(
  links: readonly NavLink[],
  pathname: string,
  firstCrumbHref: string | undefined,
): Map<string, 'page' | 'true'> {
  const path = normalize(pathname);
  const state = new Map<string, 'page' | 'true'>();
  const exact = links.find((link) => link.href === path);
  if (exact) {
    state.set(exact.href, 'page');
    return state;
  }
  const inside = links
    .filter((link) => link.target !== 'home' && path.startsWith(link.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
  const viaCrumb = firstCrumbHref ? links.find((link) => link.href === normalize(firstCrumbHref)) : undefined;
  const holder = inside ?? (viaCrumb?.target === 'home' ? undefined : viaCrumb);
  if (holder) state.set(holder.href, 'true');
  return state;
}
