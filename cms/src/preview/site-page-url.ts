import type { Core } from '@strapi/strapi';
import { signedPreviewUrl } from './preview-link';

/**
 * Where each content type's pages live on the static site (see site/src/pages/[...lang]/): a copy
 * of the site's TYPE_SECTIONS, which compiled CommonJS cannot import; site-page-url.test.ts fails when they drift.
 */
export const SECTION_BY_UID: Record<string, string> = {
  'api::article.article': 'articles',
  'api::city.city': 'cities',
  'api::event.event': 'events',
  'api::contact.contact': 'contacts',
  'api::industry.industry': 'industries',
  'api::park.park': 'parks',
  'api::project.project': 'projects',
  'api::policy.policy': 'policies',
  'api::job.job': 'jobs',
};

/** Single types that have one fixed page. */
export const FIXED_PATH_BY_UID: Record<string, string> = {
  'api::advantages-page.advantages-page': '/advantages/',
  'api::site-setting.site-setting': '/',
};

/**
 * The preview server's signed page of one document's draft (preview-link.ts), for every type
 * with a page: collection types and the single types (site settings show as the home page, the
 * advantages page as /advantages/); null for types without one (suggestions).
 */
export function draftPreviewUrl(
  previewUrl: string,
  secret: string,
  uid: string,
  params: { documentId: string; locale?: string },
  now: Date = new Date(),
): string | null {
  if (!SECTION_BY_UID[uid] && !FIXED_PATH_BY_UID[uid]) return null;
  const type = uid.replace(/^api::([^.]+)\..*$/, '$1');
  return signedPreviewUrl(
    previewUrl,
    secret,
    { type, documentId: params.documentId, locale: params.locale ?? 'zh-Hans' },
    now,
  );
}

/** The site's URL prefix for a Strapi locale: Chinese is the unprefixed default, English lives under /en. */
function localePrefix(locale: string | undefined): string {
  return locale === 'en' ? '/en' : '';
}

/**
 * The public page of one document on the static site, or null when the type has no page
 * (suggestions) or the document has no slug yet. The site shows published content only, so a
 * draft's page appears after publishing and the next rebuild.
 */
export async function sitePageUrl(
  strapi: Core.Strapi,
  siteUrl: string,
  uid: string,
  params: { documentId: string; locale?: string },
): Promise<string | null> {
  const base = siteUrl.replace(/\/+$/, '') + localePrefix(params.locale);
  const fixed = FIXED_PATH_BY_UID[uid];
  if (fixed) return base + fixed;
  const section = SECTION_BY_UID[uid];
  if (!section) return null;
  const document = await strapi.documents(uid as 'api::article.article').findOne({
    documentId: params.documentId,
    locale: params.locale,
    fields: ['slug'],
  });
  const slug = (document as { slug?: string } | null)?.slug;
  return slug ? `${base}/${section}/${encodeURIComponent(slug)}/` : null;
}
