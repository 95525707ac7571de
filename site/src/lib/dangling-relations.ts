import type { CollectionTypeName, RelationRef } from '@select-shandong/shared-types';
import { toCmsLocale } from '../i18n/locales.ts';
import type { BuildWarning } from './build-report.ts';
import type { LocaleIndex } from './locale-index.ts';

/** The parts of a locale's index the check reads. */
export type DanglingInput = Pick<
  LocaleIndex,
  'locale' | 'byId' | 'articles' | 'cities' | 'parks' | 'projects' | 'contacts'
>;

type RefField = {
  type: CollectionTypeName;
  field: string;
  target: CollectionTypeName;
  refs: (RelationRef | null)[];
};

/**
 * A build warning for every relation whose target is not published in this locale: such relations
 * are rendered without a link, and the report says which document and field to fix.
 */
export function danglingRelations(index: DanglingInput): BuildWarning[] {
  const warnings: BuildWarning[] = [];
  const check = (documentId: string, fields: RefField[]) => {
    for (const { type, field, target, refs } of fields) {
      for (const ref of refs) {
        if (!ref || index.byId[target].has(ref.documentId)) continue;
        warnings.push({
          type,
          documentId,
          locale: toCmsLocale(index.locale),
          field,
          message: `points to ${target} "${ref.slug}" (${ref.documentId}), which is not published in this locale; rendered without a link`,
        });
      }
    }
  };
  for (const a of index.articles) {
    check(a.documentId, [
      { type: 'article', field: 'city', target: 'city', refs: [a.city] },
      { type: 'article', field: 'industries', target: 'industry', refs: a.industries },
      { type: 'article', field: 'parks', target: 'park', refs: a.parks },
    ]);
  }
  for (const c of index.cities)
    check(c.documentId, [{ type: 'city', field: 'industries', target: 'industry', refs: c.industries }]);
  for (const p of index.parks) {
    check(p.documentId, [
      { type: 'park', field: 'city', target: 'city', refs: [p.city] },
      { type: 'park', field: 'industries', target: 'industry', refs: p.industries },
    ]);
  }
  for (const p of index.projects) {
    check(p.documentId, [
      { type: 'project', field: 'city', target: 'city', refs: [p.city] },
      { type: 'project', field: 'industry', target: 'industry', refs: [p.industry] },
    ]);
  }
  for (const c of index.contacts)
    check(c.documentId, [{ type: 'contact', field: 'city', target: 'city', refs: [c.city] }]);
  return warnings;
}
