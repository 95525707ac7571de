import {
  type CmsLocale,
  type CollectionTypeName,
  ENUM_LABELS,
  type EnumValueLabels,
} from '@select-shandong/shared-types';
import { type SiteLocale, toCmsLocale } from './locales.ts';

type Labels<K extends string> = Record<K, Record<SiteLocale, string>>;

/** A CMS-locale table of ENUM_LABELS as the site reads it, by site locale. */
function bySiteLocale<K extends string>(labels: EnumValueLabels<K>): Labels<K> {
  const entries = Object.entries(labels) as [K, Record<CmsLocale, string>][];
  return Object.fromEntries(
    entries.map(([value, names]) => [value, { zh: names[toCmsLocale('zh')], en: names[toCmsLocale('en')] }]),
  ) as Labels<K>;
}

// The names come from shared-types' ENUM_LABELS, the one table the admin shows editors too.

/** Column names as readers see them. */
export const COLUMN_LABELS = bySiteLocale(ENUM_LABELS['api::article.article'].column);

/** Park type names. */
export const PARK_TYPE_LABELS = bySiteLocale(ENUM_LABELS['api::park.park'].parkType);

/** Park level names. */
export const PARK_LEVEL_LABELS = bySiteLocale(ENUM_LABELS['api::park.park'].level);

/** Contact category names. */
export const CONTACT_CATEGORY_LABELS = bySiteLocale(ENUM_LABELS['api::contact.contact'].category);

/** Cooperation mode names. */
export const COOPERATION_MODE_LABELS = bySiteLocale(ENUM_LABELS['api::project.project'].cooperationMode);

/** Project stage names (the `stage` field). */
export const PROJECT_STAGE_LABELS = bySiteLocale(ENUM_LABELS['api::project.project'].stage);

/** Policy level names (国家级 · 省级 · 市级). */
export const POLICY_LEVEL_LABELS = bySiteLocale(ENUM_LABELS['api::policy.policy'].level);

/** Policy validity names (现行有效 · 已修订 · 已废止). */
export const POLICY_VALIDITY_LABELS = bySiteLocale(ENUM_LABELS['api::policy.policy'].validity);
/** Event type names (路演 · 峰会 · 展会 · 网络研讨会). */
export const EVENT_TYPE_LABELS = bySiteLocale(ENUM_LABELS['api::event.event'].eventType);

/** Event guest kinds (演讲嘉宾 · 参会机构). */
export const EVENT_GUEST_KIND_LABELS = bySiteLocale(ENUM_LABELS['shared.event-guest'].kind);
/** Job employment types (用工形式). */
export const JOB_EMPLOYMENT_TYPE_LABELS = bySiteLocale(ENUM_LABELS['api::job.job'].employmentType);

/** Job education levels (学历要求). */
export const JOB_EDUCATION_LABELS = bySiteLocale(ENUM_LABELS['api::job.job'].education);

/** Content type names, used as the Pagefind `section` filter of non-article pages. */
export const TYPE_LABELS: Labels<CollectionTypeName | 'advantages'> = {
  article: { zh: '文章', en: 'Articles' },
  city: { zh: '城市要览', en: 'Cities' },
  industry: { zh: '十强产业', en: 'Industries' },
  park: { zh: '经济园区', en: 'Parks' },
  project: { zh: '产业项目', en: 'Projects' },
  contact: { zh: '联络机构', en: 'Contacts' },
  policy: { zh: '政策库', en: 'Policies' },
  event: { zh: '活动', en: 'Events' },
  job: { zh: '岗位库', en: 'Jobs' },
  advantages: { zh: '山东优势', en: 'Why Shandong' },
};
