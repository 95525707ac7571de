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

// The message's shape, so that a caller that only has the text (a build's log) can name the document.
const VALIDATION_MESSAGE = /Invalid ([\w-]+) document "([^"]+)" \(locale ([\w-]+)\): (.+)/;

/**
 * The document, locale and fields a ContentValidationError's message names (found anywhere in
 * `text`, e.g. a failed build's log lines), or null when there is none.
 */
export function parseContentValidationMessage(
  text: string,
): { type: string; documentId: string; locale: string; issues: FieldIssue[] } | null {
  const match = VALIDATION_MESSAGE.exec(text);
  if (!match) return null;
  const [, type = '', documentId = '', locale = '', fields = ''] = match;
  const issues = fields.split('; ').map((field) => {
    const colon = field.indexOf(': ');
    return colon === -1
      ? { path: '(document)', problem: field }
      : { path: field.slice(0, colon), problem: field.slice(colon + 2) };
  });
  return { type, documentId, locale, issues };
}

/** Two documents of one type and locale share a slug, so one page would overwrite the other. */
export class DuplicateSlugError extends Error {
  override name = 'DuplicateSlugError';
}
