// Lists the admin strings a Chinese editor still meets in English: the keys of Strapi's English
// admin translations that neither Strapi's zh-Hans files nor cms/src/admin/translations cover.
// Usage: pnpm exec tsx scripts/dev-tools/admin-translations/list-missing.ts [--prefix content-manager] [--json]

import { codeOnlyTranslations } from '@select-shandong/cms/admin/translations/code-only';
import { enumTranslationKeys } from '@select-shandong/cms/admin/translations/enum-translations';
import { zhHansTranslations } from '@select-shandong/cms/admin/translations/zh-hans';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { CMS_DIR } from '../../common/paths.ts';
import { missingKeys, unknownKeys } from './missing-keys.ts';
import { loadStrapiMessages } from './strapi-messages.ts';

const { flags } = parseCommandLine({
  usage: 'pnpm exec tsx scripts/dev-tools/admin-translations/list-missing.ts [--prefix <id>] [--json]',
  summary:
    "Lists Strapi's English admin strings that no Chinese translation covers (Strapi's zh-Hans or ours).",
  flags: {
    prefix: { type: 'string', description: 'Only keys starting with this, e.g. content-manager or upload.' },
    json: { type: 'boolean', description: 'Print { key: English } as JSON, to start a translation from.' },
  },
});

const english = await loadStrapiMessages(CMS_DIR, 'en');
const chinese = await loadStrapiMessages(CMS_DIR, 'zh-Hans');
const missing = missingKeys(english, chinese, zhHansTranslations).filter(
  ({ key }) => !flags.prefix || key.startsWith(flags.prefix),
);
// Enumeration values and the ids Strapi's code uses without an en.json entry are ours on purpose.
const allowed = new Set([...enumTranslationKeys(), ...Object.keys(codeOnlyTranslations)]);
const unknown = unknownKeys(english, zhHansTranslations, allowed);
if (flags.json) {
  console.log(
    JSON.stringify(Object.fromEntries(missing.map(({ key, english: text }) => [key, text])), null, 2),
  );
} else {
  for (const { key, english: text } of missing) console.log(`${key}\t${text}`);
  console.log(
    `\n${missing.length} English strings without Chinese${flags.prefix ? ` under ${flags.prefix}` : ''}.`,
  );
  if (unknown.length > 0) {
    console.log(
      `Our translations have ${unknown.length} keys Strapi's English does not: ${unknown.join(', ')}`,
    );
  }
}
