import type {
  ArticleColumn,
  CollectionTypeName,
  ContactCategory,
  CooperationMode,
  ParkLevel,
  ParkType,
  ProjectStage,
} from '@select-shandong/shared-types';
import type { SiteLocale } from './locales.ts';

type Labels<K extends string> = Record<K, Record<SiteLocale, string>>;

/** Column names as readers see them. */
export const COLUMN_LABELS: Labels<ArticleColumn> = {
  news_brief: { zh: '资讯要情', en: 'News briefs' },
  investment_news: { zh: '投资动态', en: 'Investment news' },
  key_meetings: { zh: '重要会议', en: 'Key meetings' },
  major_events: { zh: '重大活动', en: 'Major events' },
  industry_news: { zh: '产业新闻', en: 'Industry news' },
  talent_policy: { zh: '人才政策', en: 'Talent policy' },
  talent_demand: { zh: '人才需求', en: 'Talent demand' },
  talent_info: { zh: '人才信息', en: 'Talent information' },
  settle_registration: { zh: '设立变更', en: 'Registration and changes' },
  settle_social_security: { zh: '社会保障', en: 'Social security' },
  settle_tax: { zh: '纳税缴费', en: 'Taxes and fees' },
  settle_foreign_services: { zh: '涉外服务', en: 'Services for foreigners' },
  settle_other: { zh: '其他', en: 'Other guides' },
  case_foreign_investment: { zh: '外商投资', en: 'Foreign investment cases' },
  case_key_investment: { zh: '重点投资', en: 'Key investment cases' },
  case_talent: { zh: '人才引进', en: 'Talent attraction cases' },
  case_executive_interview: { zh: '跨国公司高管访谈', en: 'Executive interviews' },
  city_business_environment: { zh: '营商环境', en: 'Business environment' },
  city_investment_policy: { zh: '投资政策', en: 'Investment policy' },
};

/** Park type names. */
export const PARK_TYPE_LABELS: Labels<ParkType> = {
  economic_development_zone: { zh: '经济技术开发区', en: 'Economic and technological development zone' },
  high_tech_zone: { zh: '高新技术产业开发区', en: 'High-tech industrial development zone' },
  customs_special_zone: { zh: '海关特殊监管区域', en: 'Special customs supervision zone' },
};

/** Park level names. */
export const PARK_LEVEL_LABELS: Labels<ParkLevel> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
};

/** Contact category names. */
export const CONTACT_CATEGORY_LABELS: Labels<ContactCategory> = {
  government_department: { zh: '政府职能部门', en: 'Government departments' },
  investment_promotion_agency: { zh: '投资促进机构', en: 'Investment promotion agencies' },
  overseas_office: { zh: '省政府驻外经贸代表处', en: 'Overseas trade representative offices' },
  city_service_agency: { zh: '各市服务机构', en: 'City service agencies' },
};

/** Cooperation mode names. */
export const COOPERATION_MODE_LABELS: Labels<CooperationMode> = {
  sole_proprietorship: { zh: '独资', en: 'Wholly owned' },
  joint_venture: { zh: '合资', en: 'Joint venture' },
  equity_participation: { zh: '参股', en: 'Equity participation' },
  contractual_cooperation: { zh: '合作', en: 'Contractual cooperation' },
  other: { zh: '其他', en: 'Other' },
};

/** Project stage names (the `stage` field). */
export const PROJECT_STAGE_LABELS: Labels<ProjectStage> = {
  seeking: { zh: '招商中', en: 'Seeking partners' },
  negotiating: { zh: '洽谈中', en: 'In negotiation' },
  signed: { zh: '已签约', en: 'Signed' },
};

/** Content type names, used as the Pagefind `section` filter of non-article pages. */
export const TYPE_LABELS: Labels<CollectionTypeName | 'advantages'> = {
  article: { zh: '文章', en: 'Articles' },
  city: { zh: '城市要览', en: 'Cities' },
  industry: { zh: '十强产业', en: 'Industries' },
  park: { zh: '经济园区', en: 'Parks' },
  project: { zh: '产业项目', en: 'Projects' },
  contact: { zh: '联络机构', en: 'Contacts' },
  advantages: { zh: '山东优势', en: 'Why Shandong' },
};
