import { z } from 'zod';
import { attachmentsSchema } from '../components/attachment.ts';
import { mediaSchema } from '../components/media.ts';
import { relationRefSchema } from '../components/relation-ref.ts';
import { seoSchema } from '../components/seo.ts';
import { ARTICLE_COLUMNS } from '../enums/article-columns.ts';
import { dateTimeSchema } from '../fields/date-time.ts';
import { documentMetaShape } from '../fields/document-meta.ts';
import { slugSchema } from '../fields/slug.ts';

/** Collection `article`: news, cases, guides, talent and city topics. */
export const articleSchema = z.object({
  ...documentMetaShape,
  /** Headline. */
  title: z.string().min(1),
  /** URL slug, unique per locale. */
  slug: slugSchema,
  /** One or two sentences for lists and search results. */
  summary: z.string().nullable(),
  /** Markdown body, rendered with marked and sanitized at page time. */
  body: z.string(),
  /** Cover image. */
  cover: mediaSchema.nullable(),
  /** Files readers can download, listed under the body; `[]` when none. */
  attachments: attachmentsSchema,
  /** Column (栏目) that decides where the article is listed. */
  column: z.enum(ARTICLE_COLUMNS),
  /** Publication time shown on the page (Beijing time). */
  releasedAt: dateTimeSchema,
  /** 来源: the organisation the story comes from. */
  source: z.string(),
  /** 编辑: the responsible editor. */
  editor: z.string(),
  /** City the article is about, if any. */
  city: relationRefSchema.nullable(),
  /** Related industries. */
  industries: z.array(relationRefSchema),
  /** Related parks. */
  parks: z.array(relationRefSchema),
  /** Search-engine overrides. */
  seo: seoSchema.nullable(),
});

/** An article as the site consumes it. */
export type Article = z.infer<typeof articleSchema>;
