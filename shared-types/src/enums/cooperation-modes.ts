/** How an investor may join a project: 独资 · 合资 · 参股 · 合作 · 其他. */
export const COOPERATION_MODES = [
  'sole_proprietorship',
  'joint_venture',
  'equity_participation',
  'contractual_cooperation',
  'other',
] as const;

/** One cooperation mode. */
export type CooperationMode = (typeof COOPERATION_MODES)[number];
