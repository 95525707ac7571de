/** Contact categories: 政府职能部门 · 投资促进机构 · 省政府驻外经贸代表处 · 各市服务机构. */
export const CONTACT_CATEGORIES = [
  'government_department',
  'investment_promotion_agency',
  'overseas_office',
  'city_service_agency',
] as const;

/** One contact category. */
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];
