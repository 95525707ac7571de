import { toSiteLocale } from '../i18n/locales.ts';
import { documentPath, homePath, sectionPath } from '../i18n/paths.ts';
import type { PreviewDraft } from './draft-reader.ts';

/** Where the previewed draft's page will live on the public site once published (SITE_URL). */
export function publicPageUrl(draft: PreviewDraft, site: URL | undefined): string {
  const locale = toSiteLocale(draft.document.locale);
  const path =
    draft.type === 'site-setting'
      ? homePath(locale)
      : draft.type === 'advantages-page'
        ? sectionPath(locale, 'advantages')
        : documentPath(locale, draft.type, draft.document.slug);
  return new URL(path, site ?? 'http://127.0.0.1:4321').href;
}
