/** The document field a picture or file belongs to: named when it cannot be used. */
export interface MediaRef {
  /** Content type, e.g. `article`. */
  type: string;
  /** Strapi document id. */
  documentId: string;
  /** CMS locale. */
  locale: string;
  /** The field, e.g. `cover` or `body`. */
  field: string;
}

/** A cover, body image or file could not be fetched or decoded; the build stops and names it. */
export class MediaError extends Error {
  override name = 'MediaError';
  /** Where the media is used. */
  readonly ref: MediaRef;
  /** The absolute URL the build tried. */
  readonly url: string;

  constructor(ref: MediaRef, url: string, problem: string, options?: { cause?: unknown }) {
    super(
      `Media of ${ref.type} document "${ref.documentId}" (locale ${ref.locale}), field ${ref.field}: ${problem} (${url})`,
      options,
    );
    this.ref = ref;
    this.url = url;
  }
}

/** The MediaRef of `field` of a document of `type`. */
export function mediaField(
  type: string,
  document: { documentId: string; locale: string },
  field: string,
): MediaRef {
  return { type, documentId: document.documentId, locale: document.locale, field };
}
