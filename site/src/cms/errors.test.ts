import { describe, expect, it } from 'vitest';
import { ContentValidationError, parseContentValidationMessage } from './errors.ts';

describe('parseContentValidationMessage', () => {
  it('reads back the document, locale and fields of a ContentValidationError from log text', () => {
    const details = {
      type: 'article',
      documentId: 'k2x9amq1',
      locale: 'en',
      issues: [
        { path: 'summary', problem: 'String must contain at most 300 character(s)' },
        { path: 'city.slug', problem: 'expected string, received nothing (field absent)' },
      ],
    };
    const log = `[ERROR] [glob-loader] ${new ContentValidationError(details).message}\n    at load (loaders.ts:1:1)`;
    expect(parseContentValidationMessage(log)).toEqual(details);
  });

  it('finds nothing in other failures', () => {
    expect(parseContentValidationMessage('GET /api/articles failed: HTTP 500')).toBeNull();
  });
});
