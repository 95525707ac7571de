/** How far a project has come: 招商中 · 洽谈中 · 已签约 (`stage`, since Strapi reserves `status`). */
export const PROJECT_STAGES = ['seeking', 'negotiating', 'signed'] as const;

/** One project stage. */
export type ProjectStage = (typeof PROJECT_STAGES)[number];
