import { z } from 'zod';
import { attachmentsSchema } from '../components/attachment.ts';
import { contactInfoSchema } from '../components/contact-info.ts';
import { relationRefSchema } from '../components/relation-ref.ts';
import { seoSchema } from '../components/seo.ts';
import { COOPERATION_MODES } from '../enums/cooperation-modes.ts';
import { PROJECT_STAGES } from '../enums/project-stages.ts';
import { decimalSchema } from '../fields/decimal.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';

/** Collection `project`: an investment project seeking partners. */
export const projectSchema = z.object({
  ...documentMetaShape,
  /** Project name. */
  name: z.string().min(1),
  /** URL slug, unique per locale. */
  slug: slugSchema,
  /** City the project is located in. */
  city: relationRefSchema.nullable(),
  /** Industry the project belongs to. */
  industry: relationRefSchema.nullable(),
  /** Total investment in 亿元 (100 million CNY). */
  totalInvestment: decimalSchema,
  /** How investors may take part. */
  cooperationMode: z.enum(COOPERATION_MODES),
  /** Where the project stands: seeking partners, in negotiation or signed. */
  stage: z.enum(PROJECT_STAGES),
  /** One or two sentences. */
  summary: z.string(),
  /** Markdown body. */
  body: z.string().nullable(),
  /** Files readers can download (plans, brochures), listed under the body; `[]` when none. */
  attachments: attachmentsSchema,
  /** Project contact. */
  contact: contactInfoSchema.nullable(),
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** A project as the site consumes it. */
export type Project = z.infer<typeof projectSchema>;
