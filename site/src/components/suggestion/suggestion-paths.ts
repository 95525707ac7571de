import type { SiteLocale } from '../../i18n/locales.ts';
import { sectionPath } from '../../i18n/paths.ts';

/** The form page, `/suggestions/` or `/en/suggestions/`. */
export function suggestionsPath(locale: SiteLocale): string {
  return sectionPath(locale, 'suggestions');
}

/** The thank-you page the CMS redirects a plain form post to. */
export function suggestionsThanksPath(locale: SiteLocale): string {
  return `${suggestionsPath(locale)}thanks/`;
}

/**
 * Where the form posts: the CMS as readers' browsers reach it (PUBLIC_STRAPI_URL, else STRAPI_URL,
 * which the build uses). Read at build time; the page ships the URL, never a token.
 */
export function suggestionEndpoint(env: Record<string, string | undefined> = process.env): string {
  const base = env.PUBLIC_STRAPI_URL?.trim() || env.STRAPI_URL?.trim() || 'http://127.0.0.1:1337';
  return `${base.replace(/\/+$/, '')}/api/suggestions`;
}
