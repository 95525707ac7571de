/** Whether a policy is still in force: 现行有效 · 已修订 · 已废止. */
export const POLICY_VALIDITIES = ['in_force', 'amended', 'repealed'] as const;

/** One policy validity. */
export type PolicyValidity = (typeof POLICY_VALIDITIES)[number];
