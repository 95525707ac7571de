/** How the suggestion endpoint behaves, from the environment. */
export interface SuggestionEnv {
  /** Origin of the public site (SITE_URL); form posts without JavaScript are redirected there only. */
  siteUrl: string;
  /** Posts allowed per IP in one window (SUGGESTION_RATE_LIMIT_MAX, default 5). */
  rateLimitMax: number;
  /** Window length in ms (SUGGESTION_RATE_LIMIT_WINDOW_MS, default 10 minutes). */
  rateLimitWindowMs: number;
}

const positive = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}".`);
  return value;
};

/** Reads SITE_URL and the rate limit; fails at start with a message that says what to set. */
export function readSuggestionEnv(env: Record<string, string | undefined> = process.env): SuggestionEnv {
  const raw = env.SITE_URL?.trim() || 'http://127.0.0.1:4321';
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new Error(
      `SITE_URL must be the site's absolute URL, e.g. https://www.example.gov.cn, got "${raw}".`,
      {
        cause,
      },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SITE_URL must be http(s), got "${raw}".`);
  return {
    siteUrl: raw.replace(/\/+$/, ''),
    rateLimitMax: positive('SUGGESTION_RATE_LIMIT_MAX', env.SUGGESTION_RATE_LIMIT_MAX, 5),
    rateLimitWindowMs: positive(
      'SUGGESTION_RATE_LIMIT_WINDOW_MS',
      env.SUGGESTION_RATE_LIMIT_WINDOW_MS,
      600_000,
    ),
  };
}

/** The site's path prefix for a suggestion's language: '' for Chinese, '/en' for English. */
export function localePrefix(language: 'zh-Hans' | 'en'): string {
  return language === 'en' ? '/en' : '';
}
