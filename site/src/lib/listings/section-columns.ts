import { ARTICLE_COLUMNS, type ArticleColumn } from '@select-shandong/shared-types';
import type { SiteLocale } from '../../i18n/locales.ts';
import { type ColumnSection, columnSection } from '../../i18n/paths.ts';
import { listingStrings } from '../../i18n/strings/listings.ts';
import { t } from '../../i18n/ui-strings.ts';

/** The columns listed in a section, in the portal's order (city topics last, under news). */
export function sectionColumns(section: ColumnSection): ArticleColumn[] {
  return ARTICLE_COLUMNS.filter((column) => columnSection(column) === section);
}

/** The name of a column section as readers see it in headings and breadcrumbs. */
export function columnSectionLabel(locale: SiteLocale, section: ColumnSection): string {
  return section === 'news' ? t(locale).news : listingStrings(locale)[section];
}
