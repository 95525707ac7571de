import type { FingerprintDocument } from './fingerprint.ts';

/** One published document as a change list names it. */
export interface ChangedDocument {
  /** Collection path, e.g. `articles`. */
  collection: string;
  locale: string;
  documentId: string;
  slug: string;
}

/** What a build publishes that the build before it did not, by document. */
export interface DocumentChanges {
  added: ChangedDocument[];
  changed: ChangedDocument[];
  removed: ChangedDocument[];
}

const key = (doc: FingerprintDocument) => `${doc.collection}/${doc.locale}/${doc.documentId}`;
const named = ({ collection, locale, documentId, slug }: FingerprintDocument): ChangedDocument => ({
  collection,
  locale,
  documentId,
  slug,
});

/**
 * The documents added, changed (new `updatedAt` or slug) and removed between two fingerprints,
 * or null when the previous build recorded no documents (the first build, or one from before
 * reports kept them).
 */
export function documentChanges(
  previous: readonly FingerprintDocument[] | undefined,
  now: readonly FingerprintDocument[],
): DocumentChanges | null {
  if (!previous) return null;
  const before = new Map(previous.map((doc) => [key(doc), doc]));
  const after = new Map(now.map((doc) => [key(doc), doc]));
  const changes: DocumentChanges = { added: [], changed: [], removed: [] };
  for (const [id, doc] of after) {
    const old = before.get(id);
    if (!old) changes.added.push(named(doc));
    else if (old.updatedAt !== doc.updatedAt || old.slug !== doc.slug) changes.changed.push(named(doc));
  }
  for (const [id, doc] of before) if (!after.has(id)) changes.removed.push(named(doc));
  return changes;
}
