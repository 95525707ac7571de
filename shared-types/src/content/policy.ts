import { z } from 'zod';
import { attachmentsSchema } from '../components/attachment.ts';
import { relationRefSchema } from '../components/relation-ref.ts';
import { seoSchema } from '../components/seo.ts';
import { POLICY_LEVELS } from '../enums/policy-levels.ts';
import { POLICY_VALIDITIES } from '../enums/policy-validities.ts';
import { dateSchema } from '../fields/date.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';

/** Collection `policy`: one policy document of the policy library (政策库). */
export const policySchema = z.object({
  ...documentMetaShape,
  /** Full title of the document. */
  title: z.string().min(1),
  /** URL slug, shared by the language versions. */
  slug: slugSchema,
  /** 文号, e.g. 鲁政发〔2024〕3号; null when the document has none. */
  documentNumber: z.string().nullable(),
  /** 发文机关: the issuing body (joint issuers separated by 、). */
  issuer: z.string().min(1),
  /** National, provincial or municipal. */
  level: z.enum(POLICY_LEVELS),
  /** The issuing city of a municipal policy (the CMS refuses a municipal one without it). */
  city: relationRefSchema.nullable(),
  /** Industries the policy is aimed at; `[]` when it applies to all. */
  industries: z.array(relationRefSchema),
  /** Date of issue (成文日期). */
  issueDate: dateSchema,
  /** Date it takes effect; null when the same as the issue date. */
  effectiveDate: dateSchema.nullable(),
  /** Date it expires; null when long-term or not stated. */
  expiryDate: dateSchema.nullable(),
  /** 长期有效: the document sets no expiry. */
  longTerm: z.boolean(),
  /** In force, amended or repealed. */
  validity: z.enum(POLICY_VALIDITIES),
  /** The document that amended or repealed this one. */
  supersededBy: relationRefSchema.nullable(),
  /** One or two sentences for lists and search results. */
  summary: z.string(),
  /** Markdown body: the text or its main articles. */
  body: z.string(),
  /** The article that interprets the policy (政策解读). */
  interpretation: relationRefSchema.nullable(),
  /** The original files, listed under the body; `[]` when none. */
  attachments: attachmentsSchema,
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** A policy as the site consumes it. */
export type Policy = z.infer<typeof policySchema>;
