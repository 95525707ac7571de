import type { SuggestionLanguage } from './validate-suggestion';

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const TEXT = {
  'zh-Hans': { title: '提交未成功', back: '返回表单修改', lang: 'zh-Hans' },
  en: { title: 'Your suggestion was not sent', back: 'Go back to the form', lang: 'en' },
} as const;

/**
 * The page a reader without JavaScript sees when a post is refused (400, 429): what went wrong,
 * in the form's language, and a link back to the form on the site.
 */
export function replyPage(
  language: SuggestionLanguage,
  problems: readonly string[],
  formUrl: string,
): string {
  const t = TEXT[language];
  const items = problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return `<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head><body><main><h1>${t.title}</h1><ul>${items}</ul><p><a href="${escapeHtml(formUrl)}">${t.back}</a></p></main></body></html>`;
}
