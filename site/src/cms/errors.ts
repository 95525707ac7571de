/** A request to the CMS failed: network error, timeout, HTTP error or an unexpected response. */
export class CmsError extends Error {
  override name = 'CmsError';
  /** The URL that was requested (never contains the token). */
  readonly url: string;
  /** HTTP status, or null when no response arrived. */
  readonly status: number | null;

  constructor(message: string, options: { url: string; status: number | null; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.url = options.url;
    this.status = options.status;
  }
}

/** One field of a document that did not match the shared-types schema. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `city.slug` or `keyFigures.0.label`. */
  path: string;
  /** What was expected and what came instead. */
  problem: string;
}

/** A document from the CMS does not match what the site relies on. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
  /** Content type, e.g. `article`. */
  readonly type: string;
  /** Strapi document id, or `(unknown)` when the response had none. */
  readonly documentId: string;
  /** CMS locale of the document. */
  readonly locale: string;
  /** Every field that failed. */
  readonly issues: readonly FieldIssue[];

  constructor(
    details: { type: string; documentId: string; locale: string; issues: readonly FieldIssue[] },
    options?: { cause?: unknown },
  ) {
    const fields = details.issues.map((issue) => `${issue.path}: ${issue.problem}`).join('; ');
    super(
      `Invalid ${details.type} document "${details.documentId}" (locale ${details.locale}): ${fields}`,
      options,
    );
    this.type = details.type;
    this.documentId = details.documentId;
    this.locale = details.locale;
    this.issues = details.issues;
  }
}

/** Two documents of one type and locale share a slug, so one page would overwrite the other. */
export class DuplicateSlugError extends Error {
  override name = 'DuplicateSlugError';
}
