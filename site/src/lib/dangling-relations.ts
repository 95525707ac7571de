import {
  API_TYPES,
  COLLECTION_TYPES,
  CONTENT_TYPE_EXPECTATIONS,
  type CollectionTypeName,
  type RelationRef,
} from '@select-shandong/shared-types';
import { toCmsLocale } from '../i18n/locales.ts';
import type { BuildWarning } from './build-report.ts';
import type { LocaleIndex } from './locale-index.ts';

/** The parts of a locale's index the check reads. */
export type DanglingInput = Pick<LocaleIndex, 'locale' | 'byId'>;

/** One relation field of a collection type and the collection it points into. */
export interface RelationField {
  /** The type that holds the field. */
  type: CollectionTypeName;
  /** The relation attribute. */
  field: string;
  /** The type it points to. */
  target: CollectionTypeName;
}

function collectionOf(uid: string, where: string): CollectionTypeName {
  const target = COLLECTION_TYPES.find((name) => API_TYPES[name].uid === uid);
  if (!target) throw new Error(`${where}: relation target ${uid} is not a collection type the site reads`);
  return target;
}

/** Every relation of the collection types, read from the model so that a new one is checked without edits. */
export const RELATION_FIELDS: readonly RelationField[] = COLLECTION_TYPES.flatMap((type) =>
  Object.entries(CONTENT_TYPE_EXPECTATIONS[type]).flatMap(([field, attribute]) =>
    attribute.type === 'relation'
      ? [{ type, field, target: collectionOf(attribute.target, `${type}.${field}`) }]
      : [],
  ),
);

/** A to-one relation holds a ref or null, a to-many one a list: both as a list of refs. */
function refsOf(document: object, field: string): RelationRef[] {
  const value: unknown = (document as Record<string, unknown>)[field];
  const refs: unknown[] = Array.isArray(value) ? value : [value];
  // The documents were validated against shared-types, so whatever is set is a RelationRef.
  return refs.filter((ref): ref is RelationRef => ref !== null && ref !== undefined);
}

/**
 * A build warning for every relation whose target is not published in this locale: such relations
 * are rendered without a link, and the report says which document and field to fix.
 */
export function danglingRelations(index: DanglingInput): BuildWarning[] {
  const warnings: BuildWarning[] = [];
  for (const type of COLLECTION_TYPES) {
    const relations = RELATION_FIELDS.filter((relation) => relation.type === type);
    for (const document of index.byId[type].values()) {
      for (const { field, target } of relations) {
        for (const ref of refsOf(document, field)) {
          if (index.byId[target].has(ref.documentId)) continue;
          warnings.push({
            type,
            documentId: document.documentId,
            locale: toCmsLocale(index.locale),
            field,
            message: `points to ${target} "${ref.slug}" (${ref.documentId}), which is not published in this locale; rendered without a link`,
          });
        }
      }
    }
  }
  return warnings;
}
