/**
 * The suggestion form's length limits in characters (code points). The CMS enforces them
 * (`cms/src/suggestions/validate-suggestion.ts` MAX_LENGTHS, and its schema.json at twice these in
 * UTF-16 units); this copy gives the form its `maxlength` and hints. A unit test keeps all three equal.
 */
export const SUGGESTION_LIMITS = { name: 60, email: 254, subject: 120, message: 2000 } as const;

/**
 * The `maxlength` attribute for a limit: browsers count UTF-16 units, two per emoji or rare CJK
 * character, so it is twice the limit — it stops runaway input without refusing a valid entry;
 * the CMS answers with the exact limit in the form's language. Email is ASCII in practice.
 */
export function maxlengthAttribute(field: keyof typeof SUGGESTION_LIMITS): number {
  return field === 'email' ? SUGGESTION_LIMITS.email : 2 * SUGGESTION_LIMITS[field];
}
