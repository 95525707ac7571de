import { z } from 'zod';
import { navItemSchema } from '../components/nav-item.ts';
import { seoSchema } from '../components/seo.ts';
import { documentMetaShape } from '../fields/document-meta.ts';

/** Single type `site-setting`: name, slogan, navigation and footer. */
export const siteSettingSchema = z.object({
  ...documentMetaShape,
  /** Site name shown in the header and the browser title. */
  siteName: z.string().min(1),
  /** Slogan shown beside the site name. */
  slogan: z.string().nullable(),
  /** Navigation items managed by editors. */
  navigation: z.array(navItemSchema),
  /** Footer text: sponsor, copyright. */
  footerText: z.string().nullable(),
  /** Default search-engine fields. */
  seo: seoSchema.nullable(),
});

/** Site settings as the site consumes them. */
export type SiteSetting = z.infer<typeof siteSettingSchema>;
