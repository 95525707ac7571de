/** How a job is employed: 全职 · 兼职 · 合同制 · 实习 (`employmentType`). */
export const JOB_EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship'] as const;

/** One employment type. */
export type JobEmploymentType = (typeof JOB_EMPLOYMENT_TYPES)[number];
