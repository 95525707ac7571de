import { CONTENT_SCHEMAS, type ContentOf, type ContentTypeName } from '@select-shandong/shared-types';
import type { ZodIssue, ZodType, ZodTypeDef } from 'astro/zod';
import { ContentValidationError, type FieldIssue } from './errors.ts';

function describeIssue(issue: ZodIssue): FieldIssue {
  const path = issue.path.join('.') || '(document)';
  if (issue.code === 'invalid_type') {
    const received = issue.received === 'undefined' ? 'nothing (field absent)' : issue.received;
    return { path, problem: `expected ${issue.expected}, received ${received}` };
  }
  if (issue.code === 'invalid_enum_value') {
    return {
      path,
      problem: `expected one of ${issue.options.join(', ')}, received "${String(issue.received)}"`,
    };
  }
  return { path, problem: issue.message };
}

/** Validates one raw CMS document against its shared-types schema; throws ContentValidationError. */
export function validateDocument<T extends ContentTypeName>(
  type: T,
  locale: string,
  raw: Record<string, unknown>,
): ContentOf<T> {
  return validateWith(CONTENT_SCHEMAS[type] as ZodType<ContentOf<T>, ZodTypeDef, unknown>, type, locale, raw);
}

/** Validates one raw CMS document of `type` against `schema`; throws ContentValidationError. */
export function validateWith<D>(
  schema: ZodType<D, ZodTypeDef, unknown>,
  type: string,
  locale: string,
  raw: Record<string, unknown>,
): D {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const documentId = typeof raw.documentId === 'string' ? raw.documentId : `(unknown, id ${String(raw.id)})`;
  throw new ContentValidationError(
    { type, documentId, locale, issues: result.error.issues.map(describeIssue) },
    { cause: result.error },
  );
}
