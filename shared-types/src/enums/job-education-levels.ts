/** The least education a job asks for: 不限 · 大专 · 本科 · 硕士 · 博士 (`education`). */
export const JOB_EDUCATION_LEVELS = ['any', 'vocational', 'bachelor', 'master', 'doctorate'] as const;

/** One education level. */
export type JobEducationLevel = (typeof JOB_EDUCATION_LEVELS)[number];
