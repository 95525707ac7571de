import type { APIRoute, GetStaticPaths } from 'astro';
import { everyLocaleParams, localeFromParam } from '../../../i18n/locales.ts';
import { documentPath, sectionPath } from '../../../i18n/paths.ts';
import { policyStrings } from '../../../i18n/strings/policies.ts';
import { shellStrings } from '../../../i18n/strings/shell.ts';
import { t } from '../../../i18n/ui-strings.ts';
import { policyFeedPath } from '../../../lib/seo/feeds.ts';
import { renderRss } from '../../../lib/seo/rss.ts';
import { getSiteIndex } from '../../../lib/site-index.ts';

/** Newest policies in the feed; the library lists them all. */
const FEED_SIZE = 50;

export const getStaticPaths = (() => everyLocaleParams()) satisfies GetStaticPaths;

/** RSS 2.0 feed of the policy library in one locale: newest issue date first. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeFromParam(params.lang);
  const index = await getSiteIndex(locale);
  const siteName = index.siteSetting?.siteName ?? t(locale).siteName;
  const label = policyStrings(locale).feedTitle;
  const url = (path: string) => new URL(path, site).href;
  const xml = await renderRss(
    {
      title: shellStrings(locale).feedTitle(siteName, label),
      link: url(sectionPath(locale, 'policies')),
      description: policyStrings(locale).intro,
      language: locale === 'zh' ? 'zh-cn' : 'en',
      selfUrl: url(policyFeedPath(locale)),
    },
    // The index is sorted newest issue date first; an issue date is a day in Beijing.
    index.policies.slice(0, FEED_SIZE).map((policy) => ({
      title: policy.title,
      link: url(documentPath(locale, 'policy', policy.slug)),
      description: policy.summary,
      publishedAt: `${policy.issueDate}T00:00:00+08:00`,
      author: null,
      category: label,
    })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
