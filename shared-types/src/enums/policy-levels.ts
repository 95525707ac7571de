/** Policy levels: 国家级 · 省级 · 市级. */
export const POLICY_LEVELS = ['national', 'provincial', 'municipal'] as const;

/** One policy level. */
export type PolicyLevel = (typeof POLICY_LEVELS)[number];
