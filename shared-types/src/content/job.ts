import { z } from 'zod';
import { contactInfoSchema } from '../components/contact-info.ts';
import { relationRefSchema } from '../components/relation-ref.ts';
import { seoSchema } from '../components/seo.ts';
import { JOB_EDUCATION_LEVELS } from '../enums/job-education-levels.ts';
import { JOB_EMPLOYMENT_TYPES } from '../enums/job-employment-types.ts';
import { dateSchema } from '../fields/date.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';

/** Collection `job`: a job posting in the talent-demand library (岗位库). */
export const jobSchema = z.object({
  ...documentMetaShape,
  /** Position title (岗位名称). */
  position: z.string().min(1),
  /** URL slug, shared by the language versions. */
  slug: slugSchema,
  /** Hiring organisation as readers see it. */
  employer: z.string().min(1),
  /** City the job is in. */
  city: relationRefSchema.nullable(),
  /** Industry of the job (one of the ten). */
  industry: relationRefSchema.nullable(),
  /** How many people are hired (≥ 1). */
  openings: z.number().int().min(1),
  /** Full-time, part-time, contract or internship. */
  employmentType: z.enum(JOB_EMPLOYMENT_TYPES),
  /** Least education asked for; null when not stated. */
  education: z.enum(JOB_EDUCATION_LEVELS).nullable(),
  /** Experience asked for, free text (e.g. 3 年以上); null when not stated. */
  experience: z.string().nullable(),
  /** Lower end of the monthly salary in 元 (before tax); null when not given. */
  salaryMin: z.number().int().nullable(),
  /** Upper end of the monthly salary in 元; null when not given. */
  salaryMax: z.number().int().nullable(),
  /** Salary negotiable (面议): the site shows that instead of a range. */
  salaryNegotiable: z.boolean().nullable(),
  /** One or two sentences for lists. */
  summary: z.string(),
  /** Markdown: what the candidate must bring. */
  requirements: z.string(),
  /** Markdown: duties, benefits, the employer. */
  body: z.string().nullable(),
  /** How to apply. */
  contact: contactInfoSchema.nullable(),
  /** Date posted (Asia/Shanghai calendar date). */
  postedAt: dateSchema,
  /** Last day the posting is open (Asia/Shanghai); after it the job leaves the lists. */
  validUntil: dateSchema,
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** A job posting as the site consumes it. */
export type Job = z.infer<typeof jobSchema>;
