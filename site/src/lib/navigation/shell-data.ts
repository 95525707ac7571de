import { CONTACT_CATEGORIES } from '@select-shandong/shared-types';
import { CONTACT_CATEGORY_LABELS } from '../../i18n/enum-labels.ts';
import { type SiteLocale, toCmsLocale } from '../../i18n/locales.ts';
import { sectionPath } from '../../i18n/paths.ts';
import { shellStrings } from '../../i18n/strings/shell.ts';
import { t } from '../../i18n/ui-strings.ts';
import { recordWarning } from '../build-report.ts';
import { overlayCache } from '../index-overlay.ts';
import { getSiteIndex } from '../site-index.ts';
import { isBuiltSection } from './built-sections.ts';
import { type NavLink, planMainNav } from './main-nav.ts';

/** A plain link of the header or footer. */
export interface ShellLink {
  href: string;
  label: string;
}

/** Everything the header and footer show, from the CMS site settings with interface fallbacks. */
export interface ShellData {
  siteName: string;
  slogan: string | null;
  footerText: string | null;
  nav: NavLink[];
  /** 山东优势 items, each linking to its anchor on the advantages page. */
  advantages: ShellLink[];
  /** Contact categories that have contacts, each linking to its group on the contacts page. */
  contactCategories: ShellLink[];
}

const cached = overlayCache<SiteLocale, ShellData>();

async function load(locale: SiteLocale): Promise<ShellData> {
  const ui = t(locale);
  const index = await getSiteIndex(locale);
  const settings = index.siteSetting;
  const { links, dropped } = planMainNav({
    locale,
    cmsItems: settings?.navigation,
    isBuilt: isBuiltSection,
    fallbackLabels: shellStrings(locale).nav,
  });
  for (const item of dropped) {
    recordWarning({
      type: 'site-setting',
      documentId: settings?.documentId ?? '-',
      locale: toCmsLocale(locale),
      field: 'navigation',
      message: `item "${item.label}" links to ${item.href}, which is not a page of this build (or repeats another item); left out of the navigation`,
    });
  }
  // Anchors exist only when the page renders the advantage, i.e. when the CMS has it.
  const advantagesPage = isBuiltSection('advantages') ? sectionPath(locale, 'advantages') : undefined;
  const advantages = advantagesPage
    ? (index.advantagesPage?.advantages ?? []).map((a) => ({
        href: `${advantagesPage}#${a.key}`,
        label: a.title,
      }))
    : [];
  const contactsPage = isBuiltSection('contacts') ? sectionPath(locale, 'contacts') : undefined;
  const used = new Set(index.contacts.map((contact) => contact.category));
  const contactCategories = contactsPage
    ? CONTACT_CATEGORIES.filter((category) => used.has(category)).map((category) => ({
        href: `${contactsPage}#${category}`,
        label: CONTACT_CATEGORY_LABELS[category][locale],
      }))
    : [];
  return {
    siteName: settings?.siteName ?? ui.siteName,
    slogan: settings ? settings.slogan : ui.slogan,
    footerText: settings?.footerText ?? null,
    nav: links,
    advantages,
    contactCategories,
  };
}

/** The header and footer data of a locale, computed once per build (in the preview, once per index). */
export function getShellData(locale: SiteLocale): Promise<ShellData> {
  return cached(locale, () => load(locale));
}
