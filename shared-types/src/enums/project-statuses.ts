/** Project statuses: 招商中 · 洽谈中 · 已签约. */
export const PROJECT_STATUSES = ['seeking', 'negotiating', 'signed'] as const;

/** One project status. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
