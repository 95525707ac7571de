// Runs html-validate in-process over every page of a built site.
import fs from 'node:fs';
import path from 'node:path';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { listFiles, urlPathOf } from '../../operations/site-checks/site-files.ts';

/**
 * html-validate:recommended, with only the rules switched off whose findings are not defects of
 * our pages. No accessibility rule is switched off.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A phone number must not wrap; Tailwind's `whitespace-nowrap` class does exactly what the
    // rule's non-breaking hyphen would, so elements carrying it are accepted.
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap'] }],
    // An SEO display preference (search engines truncate after ~70 characters), not validity:
    // article titles are editors' text followed by the site name.
    'long-title': 'off',
  },
};

/** One validation error. */
export interface HtmlProblem {
  page: string;
  rule: string;
  message: string;
  line: number;
  column: number;
}

/** Validates every HTML file below `root`; returns the problems found (empty when all pass). */
export async function validateSite(
  root: string,
  config: ConfigData = HTML_VALIDATE_CONFIG,
): Promise<{
  pagesChecked: number;
  problems: HtmlProblem[];
}> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = listFiles(root, '.html');
  const problems: HtmlProblem[] = [];
  for (const relative of files) {
    const source = fs.readFileSync(path.join(root, relative), 'utf8');
    const report = await validator.validateString(source, relative);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({
          page: urlPathOf(relative),
          rule: message.ruleId,
          message: message.message,
          line: message.line,
          column: message.column,
        });
      }
    }
  }
  return { pagesChecked: files.length, problems };
}

/** Summarises problems: counts per rule, then the first `limit` as `page:line:col rule message`. */
export function formatHtmlProblems(problems: HtmlProblem[], limit = 60): string {
  if (problems.length === 0) return '';
  const perRule = new Map<string, number>();
  for (const p of problems) perRule.set(p.rule, (perRule.get(p.rule) ?? 0) + 1);
  const summary = [...perRule].map(([rule, count]) => `${rule}: ${count}`).join(', ');
  const lines = problems.slice(0, limit).map((p) => `${p.page}:${p.line}:${p.column} ${p.rule} ${p.message}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return `${summary}\n${lines.join('\n')}`;
}
