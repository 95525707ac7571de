/** Article columns (栏目), in the order the site lists them; values equal the Strapi enum. */
export const ARTICLE_COLUMNS = [
  'news_brief',
  'investment_news',
  'key_meetings',
  'major_events',
  'industry_news',
  'talent_policy',
  'talent_demand',
  'talent_info',
  'settle_registration',
  'settle_social_security',
  'settle_tax',
  'settle_foreign_services',
  'settle_other',
  'case_foreign_investment',
  'case_key_investment',
  'case_talent',
  'case_executive_interview',
  'city_business_environment',
  'city_investment_policy',
] as const;

/** One article column. */
export type ArticleColumn = (typeof ARTICLE_COLUMNS)[number];
