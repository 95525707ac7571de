import type { AdvantageKey } from './advantage-keys.ts';
import type { ArticleColumn } from './article-columns.ts';
import type { ContactCategory } from './contact-categories.ts';
import type { CooperationMode } from './cooperation-modes.ts';
import type { EventGuestKind } from './event-guest-kinds.ts';
import type { EventType } from './event-types.ts';
import type { JobEducationLevel } from './job-education-levels.ts';
import type { JobEmploymentType } from './job-employment-types.ts';
import type { CmsLocale } from './locales.ts';
import type { ParkLevel } from './park-levels.ts';
import type { ParkType } from './park-types.ts';
import type { PolicyLevel } from './policy-levels.ts';
import type { PolicyValidity } from './policy-validities.ts';
import type { ProjectStage } from './project-stages.ts';

/** The name of each value of one enumeration, in every CMS locale. */
export type EnumValueLabels<V extends string> = Record<V, Record<CmsLocale, string>>;

/** Article columns (栏目). */
const articleColumn: EnumValueLabels<ArticleColumn> = {
  news_brief: { 'zh-Hans': '资讯要情', en: 'News briefs' },
  investment_news: { 'zh-Hans': '投资动态', en: 'Investment news' },
  key_meetings: { 'zh-Hans': '重要会议', en: 'Key meetings' },
  major_events: { 'zh-Hans': '重大活动', en: 'Major events' },
  industry_news: { 'zh-Hans': '产业新闻', en: 'Industry news' },
  talent_policy: { 'zh-Hans': '人才政策', en: 'Talent policy' },
  talent_demand: { 'zh-Hans': '人才需求', en: 'Talent demand' },
  talent_info: { 'zh-Hans': '人才信息', en: 'Talent information' },
  settle_registration: { 'zh-Hans': '设立变更', en: 'Registration and changes' },
  settle_social_security: { 'zh-Hans': '社会保障', en: 'Social security' },
  settle_tax: { 'zh-Hans': '纳税缴费', en: 'Taxes and fees' },
  settle_foreign_services: { 'zh-Hans': '涉外服务', en: 'Services for foreigners' },
  settle_other: { 'zh-Hans': '其他', en: 'Other guides' },
  case_foreign_investment: { 'zh-Hans': '外商投资', en: 'Foreign investment cases' },
  case_key_investment: { 'zh-Hans': '重点投资', en: 'Key investment cases' },
  case_talent: { 'zh-Hans': '人才引进', en: 'Talent attraction cases' },
  case_executive_interview: { 'zh-Hans': '跨国公司高管访谈', en: 'Executive interviews' },
  city_business_environment: { 'zh-Hans': '营商环境', en: 'Business environment' },
  city_investment_policy: { 'zh-Hans': '投资政策', en: 'Investment policy' },
};

/** Park types (园区类型). */
const parkType: EnumValueLabels<ParkType> = {
  economic_development_zone: {
    'zh-Hans': '经济技术开发区',
    en: 'Economic and technological development zone',
  },
  high_tech_zone: { 'zh-Hans': '高新技术产业开发区', en: 'High-tech industrial development zone' },
  customs_special_zone: { 'zh-Hans': '海关特殊监管区域', en: 'Special customs supervision zone' },
};

/** Park levels (园区级别). */
const parkLevel: EnumValueLabels<ParkLevel> = {
  national: { 'zh-Hans': '国家级', en: 'National' },
  provincial: { 'zh-Hans': '省级', en: 'Provincial' },
};

/** Contact categories (机构类别). */
const contactCategory: EnumValueLabels<ContactCategory> = {
  government_department: { 'zh-Hans': '政府职能部门', en: 'Government departments' },
  investment_promotion_agency: { 'zh-Hans': '投资促进机构', en: 'Investment promotion agencies' },
  overseas_office: { 'zh-Hans': '省政府驻外经贸代表处', en: 'Overseas trade representative offices' },
  city_service_agency: { 'zh-Hans': '各市服务机构', en: 'City service agencies' },
};

/** Cooperation modes (合作方式). */
const cooperationMode: EnumValueLabels<CooperationMode> = {
  sole_proprietorship: { 'zh-Hans': '独资', en: 'Wholly owned' },
  joint_venture: { 'zh-Hans': '合资', en: 'Joint venture' },
  equity_participation: { 'zh-Hans': '参股', en: 'Equity participation' },
  contractual_cooperation: { 'zh-Hans': '合作', en: 'Contractual cooperation' },
  other: { 'zh-Hans': '其他', en: 'Other' },
};

/** Project stages (项目进展, the `stage` field). */
const projectStage: EnumValueLabels<ProjectStage> = {
  seeking: { 'zh-Hans': '招商中', en: 'Seeking partners' },
  negotiating: { 'zh-Hans': '洽谈中', en: 'In negotiation' },
  signed: { 'zh-Hans': '已签约', en: 'Signed' },
};

/** Policy levels (政策层级): the same names as park levels for the values they share. */
const policyLevel: EnumValueLabels<PolicyLevel> = {
  national: { 'zh-Hans': '国家级', en: 'National' },
  provincial: { 'zh-Hans': '省级', en: 'Provincial' },
  municipal: { 'zh-Hans': '市级', en: 'Municipal' },
};

/** Whether a policy is in force (效力状态). */
const policyValidity: EnumValueLabels<PolicyValidity> = {
  in_force: { 'zh-Hans': '现行有效', en: 'In force' },
  amended: { 'zh-Hans': '已修订', en: 'Amended' },
  repealed: { 'zh-Hans': '已废止', en: 'Repealed' },
};

/** Event types (活动类型). */
const eventType: EnumValueLabels<EventType> = {
  roadshow: { 'zh-Hans': '路演', en: 'Roadshow' },
  summit: { 'zh-Hans': '峰会', en: 'Summit' },
  fair: { 'zh-Hans': '展会', en: 'Fair' },
  webinar: { 'zh-Hans': '网络研讨会', en: 'Webinar' },
};

/** Event guest kinds (嘉宾类别). */
const eventGuestKind: EnumValueLabels<EventGuestKind> = {
  speaker: { 'zh-Hans': '演讲嘉宾', en: 'Speaker' },
  organisation: { 'zh-Hans': '参会机构', en: 'Organisation' },
};

/** How a job is employed (用工形式). */
const jobEmploymentType: EnumValueLabels<JobEmploymentType> = {
  full_time: { 'zh-Hans': '全职', en: 'Full-time' },
  part_time: { 'zh-Hans': '兼职', en: 'Part-time' },
  contract: { 'zh-Hans': '合同制', en: 'Fixed-term contract' },
  internship: { 'zh-Hans': '实习', en: 'Internship' },
};

/** The least education a job asks for (学历要求). */
const jobEducation: EnumValueLabels<JobEducationLevel> = {
  any: { 'zh-Hans': '学历不限', en: 'Any education' },
  vocational: { 'zh-Hans': '大专及以上', en: 'Vocational college or above' },
  bachelor: { 'zh-Hans': '本科及以上', en: "Bachelor's degree or above" },
  master: { 'zh-Hans': '硕士及以上', en: "Master's degree or above" },
  doctorate: { 'zh-Hans': '博士', en: 'Doctorate' },
};

/** The ten advantages (山东优势), as the advantages page's items are keyed. */
const advantageKey: EnumValueLabels<AdvantageKey> = {
  infrastructure: { 'zh-Hans': '基础设施', en: 'Infrastructure' },
  investment_environment: { 'zh-Hans': '投资环境', en: 'Investment environment' },
  consumer_market: { 'zh-Hans': '消费市场', en: 'Consumer market' },
  human_resources: { 'zh-Hans': '人力资源', en: 'Human resources' },
  industrial_system: { 'zh-Hans': '产业体系', en: 'Industrial system' },
  marine_economy: { 'zh-Hans': '海洋经济', en: 'Marine economy' },
  innovation: { 'zh-Hans': '科技创新', en: 'Innovation' },
  service_government: { 'zh-Hans': '服务型政府', en: 'Service-oriented government' },
  international_living: { 'zh-Hans': '国际化生活', en: 'International living' },
  culture: { 'zh-Hans': '历史文化', en: 'Culture' },
};

/** The language a suggestion was written in (建议语言). */
const suggestionLanguage: EnumValueLabels<CmsLocale> = {
  'zh-Hans': { 'zh-Hans': '中文', en: 'Chinese' },
  en: { 'zh-Hans': '英文', en: 'English' },
};

/**
 * The one table of enumeration names, keyed by content-type or component uid, attribute and stored
 * value: the site shows these names to readers and the admin to editors (a test checks that it
 * covers every enumeration of the Strapi schema files, value for value).
 */
export const ENUM_LABELS = {
  'api::article.article': { column: articleColumn },
  'api::park.park': { parkType, level: parkLevel },
  'api::contact.contact': { category: contactCategory },
  'api::project.project': { cooperationMode, stage: projectStage },
  'api::policy.policy': { level: policyLevel, validity: policyValidity },
  'api::event.event': { eventType },
  'api::job.job': { employmentType: jobEmploymentType, education: jobEducation },
  'api::suggestion.suggestion': { language: suggestionLanguage },
  'shared.advantage': { key: advantageKey },
  'shared.event-guest': { kind: eventGuestKind },
} as const;
