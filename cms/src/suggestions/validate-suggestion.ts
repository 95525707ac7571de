/** The two languages a suggestion form is published in. */
export type SuggestionLanguage = 'zh-Hans' | 'en';

/** The fields a reader fills in; the schema's limits are repeated here so the reader gets a readable error. */
export type SuggestionField = 'name' | 'email' | 'subject' | 'message';

/** A suggestion that passed validation, ready to store. */
export interface ValidSuggestion {
  name: string;
  email: string;
  subject: string;
  message: string;
  language: SuggestionLanguage;
}

/** One problem with one field, in the form's language. */
export interface FieldProblem {
  field: SuggestionField;
  message: string;
}

/** The outcome of {@link validateSuggestion}. */
export type SuggestionCheck =
  | { ok: true; value: ValidSuggestion; isBot: boolean }
  | { ok: false; language: SuggestionLanguage; problems: FieldProblem[] };

/** Name of the hidden field only bots fill in; it is never stored. */
export const HONEYPOT_FIELD = 'website';

/**
 * Largest lengths in characters (Unicode code points, so an emoji or a rare CJK character counts
 * once). Strapi's schema `maxLength` counts UTF-16 units, where one code point takes up to two, so
 * schema.json allows twice these (a unit test keeps the two in step); the reader is held to these.
 * Email: RFC 5321.
 */
export const MAX_LENGTHS: Record<SuggestionField, number> = {
  name: 60,
  email: 254,
  subject: 120,
  message: 2000,
};

const FIELDS: readonly SuggestionField[] = ['name', 'email', 'subject', 'message'];

const LABELS: Record<SuggestionLanguage, Record<SuggestionField, string>> = {
  'zh-Hans': { name: '姓名', email: '电子邮箱', subject: '主题', message: '建议内容' },
  en: { name: 'Name', email: 'Email', subject: 'Subject', message: 'Suggestion' },
};

// One address, one @, a dot in the domain, no spaces: strict enough to catch typos, loose enough for real addresses.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const messages = {
  'zh-Hans': {
    required: (label: string) => `请填写“${label}”。`,
    tooLong: (label: string, max: number, length: number) =>
      `“${label}”最多 ${max} 个字符，您输入了 ${length} 个，请删减后再提交。`,
    email: (label: string) => `“${label}”格式不正确，请填写类似 name@example.com 的地址。`,
  },
  en: {
    required: (label: string) => `${label} is required: please fill it in.`,
    tooLong: (label: string, max: number, length: number) =>
      `${label} must be ${max} characters or fewer; you entered ${length}. Please shorten it.`,
    email: (label: string) => `${label} must be an address like name@example.com.`,
  },
} as const;

/** The form's language from its `language` field; anything unknown means Chinese, the site's default. */
export function suggestionLanguage(value: unknown): SuggestionLanguage {
  return value === 'en' ? 'en' : 'zh-Hans';
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Length in characters (code points), not UTF-16 units: what a reader would count. */
export const characterCount = (value: string): number => [...value].length;

/**
 * Checks a submitted form (JSON or urlencoded fields): required fields, length limits, email
 * format. Messages are in the form's language and name the field, so a reader can fix it.
 */
export function validateSuggestion(input: Record<string, unknown>): SuggestionCheck {
  const language = suggestionLanguage(input.language);
  const say = messages[language];
  const problems: FieldProblem[] = [];
  const values = {} as Record<SuggestionField, string>;
  for (const field of FIELDS) {
    const value = text(input[field]);
    const label = LABELS[language][field];
    values[field] = value;
    if (!value) problems.push({ field, message: say.required(label) });
    else if (characterCount(value) > MAX_LENGTHS[field])
      problems.push({ field, message: say.tooLong(label, MAX_LENGTHS[field], characterCount(value)) });
    else if (field === 'email' && !EMAIL.test(value)) problems.push({ field, message: say.email(label) });
  }
  if (problems.length > 0) return { ok: false, language, problems };
  return { ok: true, value: { ...values, language }, isBot: text(input[HONEYPOT_FIELD]) !== '' };
}
