import type { Core } from '@strapi/strapi';

const SITE_SETTING = 'api::site-setting.site-setting';

/** One navigation item as the site settings store it. */
export interface NavEntry {
  label: string;
  href: string;
}

/** A section added to the portal after installations existed, and where its item goes. */
interface NewSection {
  /** The section's path segment, e.g. `policies` for /policies/ and /en/policies/. */
  section: string;
  /** The item is placed after the one pointing to this section (or at the end without it). */
  after: string;
  labels: Record<string, string>;
}

/**
 * Sections issue 11 added (政策库, 活动, 岗位库). A fresh demo has them in its navigation; an
 * installation from before gets them once, at its first start on this version, so the new
 * databases are reachable from every page. Later removals by editors are kept.
 */
const NEW_SECTIONS: readonly NewSection[] = [
  { section: 'policies', after: 'projects', labels: { 'zh-Hans': '政策库', en: 'Policies' } },
  { section: 'events', after: 'policies', labels: { 'zh-Hans': '活动', en: 'Events' } },
  { section: 'jobs', after: 'talent', labels: { 'zh-Hans': '岗位库', en: 'Jobs' } },
];

/** Where a record of the sections already offered is kept (one row in Strapi's store). */
const STORE = { type: 'core', name: 'select-shandong', key: 'navigation-sections-offered' } as const;

/** A locale's path prefix as the navigation's hrefs use it: none for Chinese, `/en` for English. */
const prefixOf = (locale: string) => (locale === 'zh-Hans' ? '' : `/${locale}`);

const normalize = (href: string) => {
  const path = href.trim().split(/[?#]/)[0] ?? '';
  return path.endsWith('/') ? path : `${path}/`;
};

/**
 * `items` with an item for each of `sections` the locale has a label for and the navigation does
 * not link yet, each after its anchor; the editors' items keep their order and labels.
 */
export function withSections(
  items: readonly NavEntry[],
  locale: string,
  sections: readonly string[],
): NavEntry[] {
  const result = items.map(({ label, href }) => ({ label, href }));
  const hrefOf = (section: string) => `${prefixOf(locale)}/${section}/`;
  for (const section of NEW_SECTIONS) {
    const label = section.labels[locale];
    if (!sections.includes(section.section) || !label) continue;
    const href = hrefOf(section.section);
    if (result.some((item) => normalize(item.href) === href)) continue;
    const anchor = result.findIndex((item) => normalize(item.href) === hrefOf(section.after));
    result.splice(anchor === -1 ? result.length : anchor + 1, 0, { label, href });
  }
  return result;
}

interface SettingsVersion {
  documentId: string;
  updatedAt: string;
  navigation?: NavEntry[] | null;
}

/**
 * Adds the new sections to each language version of the site settings, once per section: the
 * draft is updated, and published again when it was published without pending edits (a draft
 * with edits of its own is left for the editors to publish, and the log says so).
 */
export async function addNewSectionsToNavigation(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store(STORE);
  const offered = ((await store.get({})) as string[] | null) ?? [];
  const pending = NEW_SECTIONS.map((s) => s.section).filter((s) => !offered.includes(s));
  if (pending.length === 0) return;
  const settings = strapi.documents(SITE_SETTING);
  const rows = (await strapi.db.query(SITE_SETTING).findMany({ select: ['locale'] })) as { locale: string }[];
  for (const locale of [...new Set(rows.map((row) => row.locale))]) {
    const draft = (await settings.findFirst({
      locale,
      status: 'draft',
      populate: { navigation: true },
    })) as unknown as SettingsVersion | null;
    if (!draft?.navigation || draft.navigation.length === 0) continue;
    const navigation = withSections(draft.navigation, locale, pending);
    if (navigation.length === draft.navigation.length) continue;
    const published = (await settings.findFirst({
      locale,
      status: 'published',
    })) as unknown as SettingsVersion | null;
    const unpublishedEdits =
      published !== null && Date.parse(draft.updatedAt) > Date.parse(published.updatedAt);
    await settings.update({ documentId: draft.documentId, locale, data: { navigation } as never });
    const added = navigation.filter((item) => !draft.navigation?.some((old) => old.href === item.href));
    const names = added.map((item) => item.label).join('、');
    if (published && !unpublishedEdits) {
      await settings.publish({ documentId: draft.documentId, locale });
      strapi.log.info(`[navigation] ${locale}: added ${names} to the site navigation`);
    } else {
      strapi.log.warn(
        `[navigation] ${locale}: added ${names} to the draft of the site settings; publish 站点设置 to show them`,
      );
    }
  }
  await store.set({ value: [...offered, ...pending] });
}
