import type { SiteLocale } from '../locales.ts';

const zh = {
  intro:
    '国家、山东省和各市面向投资者的政策文件，注明文号、发文机关和效力状态，可按层级、发文机关、城市、产业、效力和年份筛选。',
  level: '政策层级',
  issuer: '发文机关',
  city: '所属城市',
  industry: '适用产业',
  validity: '效力状态',
  year: '发布年份',
  yearLabel: (year: string) => `${year}年`,
  documentNumber: '文号',
  issueDate: '发布日期',
  effectiveDate: '施行日期',
  expiryDate: '有效期至',
  longTerm: '长期有效',
  allIndustries: '各产业普遍适用',
  interpretation: '政策解读',
  supersedes: '本政策替代的文件',
  supersededBy: '现行版本',
  foundBefore: '共 ',
  foundAfter: ' 件政策',
  none: '没有符合条件的政策。',
  /** The notice on an amended or repealed policy, before the successor's link. */
  noticeRepealed: '此政策已废止',
  noticeAmended: '此政策已修订',
  noticeSuccessor: '现行版本见：',
  noticeNoSuccessor: '请以现行有效的政策为准，或向发文机关咨询。',
  interpretedPolicies: '本文解读的政策',
  cityPolicies: (city: string) => `${city}市级政策`,
  industryPolicies: '相关政策',
  latestPolicies: '最新政策',
  morePolicies: '进入政策库',
  feedTitle: '政策库',
};

const en: typeof zh = {
  intro:
    'National, provincial and city policies for investors in Shandong, with document number, issuing body and whether each is still in force; filter by level, issuer, city, industry, validity and year.',
  level: 'Level',
  issuer: 'Issued by',
  city: 'City',
  industry: 'Industry',
  validity: 'Validity',
  year: 'Year issued',
  yearLabel: (year: string) => year,
  documentNumber: 'Document number',
  issueDate: 'Issued',
  effectiveDate: 'In effect from',
  expiryDate: 'Valid until',
  longTerm: 'No expiry date',
  allIndustries: 'All industries',
  interpretation: 'Interpretation',
  supersedes: 'Replaces',
  supersededBy: 'Current version',
  foundBefore: 'Policies found: ',
  foundAfter: '',
  none: 'No policies match these filters.',
  noticeRepealed: 'This policy has been repealed',
  noticeAmended: 'This policy has been amended',
  noticeSuccessor: 'The current version is ',
  noticeNoSuccessor: 'Please rely on the policies now in force, or ask the issuing body.',
  interpretedPolicies: 'Policies this article interprets',
  cityPolicies: (city: string) => `Policies of ${city}`,
  industryPolicies: 'Related policies',
  latestPolicies: 'Latest policies',
  morePolicies: 'Browse the policy library',
  feedTitle: 'Policies',
};

/** The policy library's texts in one locale. */
export function policyStrings(locale: SiteLocale): typeof zh {
  return locale === 'zh' ? zh : en;
}
