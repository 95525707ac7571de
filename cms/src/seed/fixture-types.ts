/**
 * Shapes of the demo-content fixtures. Each fixture has a stable `slug` (the idempotency key),
 * Chinese content (`zh`, required) and optionally English (`en`). Relations name other
 * fixtures by slug; the loader resolves them to documentIds.
 */

import type { SharedAdvantage, SharedEventGuest } from '../../types/generated/components';
import type {
  ApiArticleArticle,
  ApiContactContact,
  ApiEventEvent,
  ApiJobJob,
  ApiParkPark,
  ApiPolicyPolicy,
  ApiProjectProject,
} from '../../types/generated/contentTypes';

/** The values of an enumeration attribute in a generated schema (cms/types/generated). */
type EnumValues<TAttribute> = TAttribute extends { enum: infer TValues extends string[] }
  ? TValues[number]
  : never;

// Enumerations come from the generated types, so they follow the schema.json files
// (regenerate with `npx strapi ts:generate-types` in cms/ after changing a content type).
export type ArticleColumn = EnumValues<ApiArticleArticle['attributes']['column']>;
export type ParkType = EnumValues<ApiParkPark['attributes']['parkType']>;
export type ParkLevel = EnumValues<ApiParkPark['attributes']['level']>;
export type ContactCategory = EnumValues<ApiContactContact['attributes']['category']>;
export type CooperationMode = EnumValues<ApiProjectProject['attributes']['cooperationMode']>;
export type ProjectStage = EnumValues<ApiProjectProject['attributes']['stage']>;
export type PolicyLevel = EnumValues<ApiPolicyPolicy['attributes']['level']>;
export type PolicyValidity = EnumValues<ApiPolicyPolicy['attributes']['validity']>;
export type AdvantageKey = EnumValues<SharedAdvantage['attributes']['key']>;

/** A figure shown on a city or industry page, e.g. 常住人口 941.5 万人 (2023). */
export interface KeyFigure {
  label: string;
  value: string;
  unit?: string;
  year?: number;
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface ContactInfo {
  person?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface Seo {
  metaTitle?: string;
  metaDescription?: string;
}

/** Fields that differ per locale for each type. */
export interface CityText {
  name: string;
  overview: string;
  body?: string;
  keyFigures: KeyFigure[];
  seo?: Seo;
}
export interface CityFixture {
  slug: string;
  adminCode: string;
  order: number;
  location: GeoPoint;
  industries: string[];
  zh: CityText;
  en?: CityText;
}

export interface IndustryText {
  name: string;
  summary: string;
  body?: string;
  keyFigures: KeyFigure[];
  seo?: Seo;
}
export interface IndustryFixture {
  slug: string;
  order: number;
  zh: IndustryText;
  en?: IndustryText;
}

export interface ParkText {
  name: string;
  summary: string;
  body?: string;
  address?: string;
  contact?: ContactInfo;
  seo?: Seo;
}
export interface ParkFixture {
  slug: string;
  parkType: ParkType;
  level: ParkLevel;
  city: string;
  industries: string[];
  areaKm2?: number;
  foundedYear?: number;
  location?: GeoPoint;
  website?: string;
  zh: ParkText;
  en?: ParkText;
}

export interface ContactText {
  organization: string;
  region?: string;
  address?: string;
  description?: string;
}
export interface ContactFixture {
  slug: string;
  category: ContactCategory;
  city?: string;
  phone?: string;
  email?: string;
  website?: string;
  order: number;
  zh: ContactText;
  en?: ContactText;
}

export interface ProjectText {
  name: string;
  summary: string;
  body?: string;
  contact?: ContactInfo;
  seo?: Seo;
}
export interface ProjectFixture {
  slug: string;
  city: string;
  industry: string;
  /** 亿元 (100 million CNY). */
  totalInvestment: number;
  cooperationMode: CooperationMode;
  stage: ProjectStage;
  zh: ProjectText;
  en?: ProjectText;
}

export interface PolicyText {
  title: string;
  /** 发文机关, e.g. 山东省人民政府. */
  issuer: string;
  summary: string;
  /** Markdown. */
  body: string;
  seo?: Seo;
}
export interface PolicyFixture {
  slug: string;
  /** 文号, e.g. 鲁政发〔2024〕3号; shared by both language versions. */
  documentNumber?: string;
  level: PolicyLevel;
  /** The issuing city: required for municipal policies. */
  city?: string;
  industries: string[];
  /** YYYY-MM-DD. */
  issueDate: string;
  effectiveDate?: string;
  expiryDate?: string;
  longTerm: boolean;
  validity: PolicyValidity;
  /** Slug of the policy that amended or repealed this one. */
  supersededBy?: string;
  /** Slug of the article that interprets it (政策解读). */
  interpretation?: string;
  zh: PolicyText;
  en?: PolicyText;
}

export interface ArticleText {
  title: string;
  summary?: string;
  /** Markdown. */
  body: string;
  source: string;
  editor: string;
  seo?: Seo;
}
export interface ArticleFixture {
  slug: string;
  column: ArticleColumn;
  /** ISO 8601 with offset, e.g. 2025-03-18T09:30:00+08:00. */
  releasedAt: string;
  city?: string;
  industries: string[];
  parks: string[];
  zh: ArticleText;
  en?: ArticleText;
}

export interface NavItem {
  label: string;
  href: string;
}
export interface SiteSettingText {
  siteName: string;
  slogan?: string;
  navigation: NavItem[];
  footerText?: string;
  seo?: Seo;
}
export interface SiteSettingFixture {
  zh: SiteSettingText;
  en: SiteSettingText;
}

export interface Advantage {
  key: AdvantageKey;
  title: string;
  summary: string;
  body?: string;
}
export interface AdvantagesPageText {
  title: string;
  intro?: string;
  advantages: Advantage[];
  seo?: Seo;
}
export interface AdvantagesPageFixture {
  zh: AdvantagesPageText;
  en: AdvantagesPageText;
}

export type EventType = EnumValues<ApiEventEvent['attributes']['eventType']>;
export type EventGuestKind = EnumValues<SharedEventGuest['attributes']['kind']>;

export interface EventGuestFixture {
  name: string;
  affiliation?: string;
  kind: EventGuestKind;
}

/**
 * When an event takes place. Upcoming demo events are placed relative to the day the demo content
 * is seeded (Beijing time), so "upcoming" stays true however old the fixtures are; events that are
 * reports of the past (the former 重大活动 articles) keep their fixed dates.
 */
export type EventWhen =
  | { startsAt: string; endsAt: string }
  | {
      /** Days from the seed day to the first day; negative for past events. */
      startsInDays: number;
      /** Beijing time of day it starts, `HH:MM`. */
      startTime: string;
      /** Calendar days it spans; 1 for a one-day event. */
      days: number;
      /** Beijing time of day it ends on its last day, `HH:MM`. */
      endTime: string;
      /** Registration closes this many days before the first day, at 18:00 Beijing time. */
      registrationClosesDaysBefore?: number;
    };

export interface EventText {
  title: string;
  summary: string;
  /** Markdown. */
  body?: string;
  venue?: string;
  organiser: string;
  guests: EventGuestFixture[];
  seo?: Seo;
}
export interface EventFixture {
  slug: string;
  eventType: EventType;
  when: EventWhen;
  city?: string;
  industries: string[];
  projects: string[];
  /** https only. */
  registrationUrl?: string;
  zh: EventText;
  en?: EventText;
}

export type JobEmploymentType = EnumValues<ApiJobJob['attributes']['employmentType']>;
export type JobEducationLevel = EnumValues<ApiJobJob['attributes']['education']>;

export interface JobText {
  position: string;
  employer: string;
  experience?: string;
  summary: string;
  /** Markdown. */
  requirements: string;
  /** Markdown. */
  body?: string;
  contact?: ContactInfo;
  seo?: Seo;
}
/**
 * A job posting. Its dates are offsets from the day the seed runs (Asia/Shanghai), so that
 * "current" and "expired" stay true whenever the demo is loaded.
 */
export interface JobFixture {
  slug: string;
  city: string;
  industry: string;
  openings: number;
  employmentType: JobEmploymentType;
  education?: JobEducationLevel;
  /** 元/月. */
  salaryMin?: number;
  /** 元/月. */
  salaryMax?: number;
  salaryNegotiable?: boolean;
  /** Posted this many days before the seed date. */
  postedDaysAgo: number;
  /** Open for this many days from the posting date (validUntil = postedAt + validForDays). */
  validForDays: number;
  zh: JobText;
  en?: JobText;
}
