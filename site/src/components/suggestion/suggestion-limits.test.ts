import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_LENGTHS } from '../../../../cms/src/suggestions/validate-suggestion.ts';
import { SUGGESTION_LIMITS } from './suggestion-limits.ts';

const schema = JSON.parse(
  fs.readFileSync(
    new URL('../../../../cms/src/api/suggestion/content-types/suggestion/schema.json', import.meta.url),
    'utf8',
  ),
) as { attributes: Record<string, { maxLength?: number }> };

describe('suggestion limits', () => {
  it('are the CMS validator’s limits', () => {
    expect(SUGGESTION_LIMITS).toEqual(MAX_LENGTHS);
  });

  it('match the schema, which counts two UTF-16 units per character', () => {
    for (const [field, limit] of Object.entries(SUGGESTION_LIMITS)) {
      const schemaMax = schema.attributes[field]?.maxLength;
      if (field !== 'email') expect(schemaMax, field).toBe(2 * limit);
    }
  });
});
