import { describe, expect, it } from 'vitest';
import suggestionSchema from '../api/suggestion/content-types/suggestion/schema.json';
import { decoyDocumentId } from './decoy-document-id';
import { createRateLimiter } from './rate-limiter';
import { readSuggestionEnv } from './suggestion-env';
import { MAX_LENGTHS, validateSuggestion } from './validate-suggestion';

const valid = {
  name: '王明',
  email: 'wang@example.com',
  subject: '建议',
  message: '内容',
  language: 'zh-Hans',
};

describe('validateSuggestion', () => {
  it('accepts a complete form, trims it, and flags a filled honeypot', () => {
    expect(validateSuggestion({ ...valid, name: ' 王明 ' })).toEqual({
      ok: true,
      value: valid,
      isBot: false,
    });
    expect(validateSuggestion({ ...valid, website: 'x' })).toMatchObject({ ok: true, isBot: true });
  });

  it('names each bad field in the form’s language', () => {
    expect(validateSuggestion({ language: 'en', email: 'a@b' })).toEqual({
      ok: false,
      language: 'en',
      problems: [
        { field: 'name', message: 'Name is required: please fill it in.' },
        { field: 'email', message: 'Email must be an address like name@example.com.' },
        { field: 'subject', message: 'Subject is required: please fill it in.' },
        { field: 'message', message: 'Suggestion is required: please fill it in.' },
      ],
    });
    const long = validateSuggestion({ ...valid, subject: '长'.repeat(121) });
    expect(long).toMatchObject({
      ok: false,
      problems: [{ field: 'subject', message: expect.stringContaining('最多 120 个字符') }],
    });
  });

  it('counts characters (code points), not UTF-16 units', () => {
    const emoji = '😀';
    expect(validateSuggestion({ ...valid, name: emoji.repeat(60) })).toMatchObject({ ok: true });
    expect(validateSuggestion({ ...valid, name: `${emoji.repeat(60)}x` })).toMatchObject({
      ok: false,
      problems: [{ field: 'name', message: expect.stringContaining('最多 60 个字符，您输入了 61 个') }],
    });
  });

  it('leaves Strapi room for two UTF-16 units per character of every limit', () => {
    const attributes = suggestionSchema.attributes as Record<string, { maxLength?: number }>;
    for (const [field, max] of Object.entries(MAX_LENGTHS)) {
      const schemaMax = attributes[field]?.maxLength;
      if (schemaMax !== undefined) expect(schemaMax, field).toBe(2 * max);
    }
  });

  it('treats an unknown language and non-string values as Chinese and missing', () => {
    expect(validateSuggestion({ ...valid, language: 'fr', name: 42 })).toMatchObject({
      ok: false,
      language: 'zh-Hans',
      problems: [{ field: 'name', message: '请填写“姓名”。' }],
    });
  });
});

describe('decoyDocumentId', () => {
  it('looks like a Strapi 5 document id and differs every time', () => {
    const ids = Array.from({ length: 200 }, decoyDocumentId);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('createRateLimiter', () => {
  it('allows max attempts per key and window, then again after the window', () => {
    const limiter = createRateLimiter(2, 1000);
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20)]).toEqual([true, true, false]);
    expect(limiter.take('b', 20)).toBe(true);
    expect(limiter.take('a', 1000)).toBe(true);
  });
});

describe('readSuggestionEnv', () => {
  it('applies defaults and rejects bad values with the variable’s name', () => {
    expect(readSuggestionEnv({ SITE_URL: 'https://www.example.gov.cn/' })).toEqual({
      siteUrl: 'https://www.example.gov.cn',
      rateLimitMax: 5,
      rateLimitWindowMs: 600_000,
    });
    expect(() => readSuggestionEnv({ SUGGESTION_RATE_LIMIT_MAX: 'many' })).toThrow(
      /SUGGESTION_RATE_LIMIT_MAX/,
    );
    expect(() => readSuggestionEnv({ SITE_URL: 'ftp://x' })).toThrow(/SITE_URL must be http/);
  });
});
