import type { Article, ArticleColumn } from '@select-shandong/shared-types';
import { langParam, SITE_LOCALES } from '../../i18n/locales.ts';
import { type ColumnSection, columnSlug, MOVED_COLUMNS } from '../../i18n/paths.ts';
import { COLUMN_PAGE_SIZE, type Page, pageParam, paginate } from '../pagination.ts';
import { getSiteIndex } from '../site-index.ts';
import { sectionColumns } from './section-columns.ts';

/** Props of one column listing page. */
export interface ColumnPageProps {
  column: ArticleColumn;
  page: Page<Article>;
}

/** `getStaticPaths` of a section's `[column]/[...page]` route: every page of every column, per locale. */
export async function columnPagePaths(section: ColumnSection) {
  const paths = [];
  for (const locale of SITE_LOCALES) {
    const index = await getSiteIndex(locale);
    for (const column of sectionColumns(section).filter((c) => !MOVED_COLUMNS[c])) {
      // Newest first: the index keeps articles sorted by releasedAt, descending.
      for (const page of paginate(index.articlesByColumn.get(column) ?? [], COLUMN_PAGE_SIZE)) {
        paths.push({
          params: { lang: langParam(locale), column: columnSlug(column), page: pageParam(page.number) },
          props: { column, page } satisfies ColumnPageProps,
        });
      }
    }
  }
  return paths;
}
