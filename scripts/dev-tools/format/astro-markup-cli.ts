import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { ROOT_DIR, SITE_DIR } from '../../common/paths.ts';
import { findMarkupExpressions, KEEP_MARKUP, markExpressions } from './astro-markup-expressions.ts';

/** Every `.astro` file under `site/src`, relative to the repository root. */
function astroFiles(): string[] {
  const source = path.join(SITE_DIR, 'src');
  return fs
    .readdirSync(source, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => path.relative(ROOT_DIR, path.join(source, name)))
    .sort();
}

/**
 * `pnpm lint` / `pnpm format` (before Biome): checks, or with `--write` adds, the suppression on every
 * template expression whose markup Biome would otherwise lay out as JSX.
 */
async function main(): Promise<void> {
  const { flags } = parseCommandLine({
    usage: 'tsx scripts/dev-tools/format/astro-markup-cli.ts [--write]',
    summary:
      'Checks that every expression with markup in an .astro template starts with\n' +
      `${KEEP_MARKUP}, so Biome leaves its whitespace (which Astro renders) alone.`,
    flags: { write: { type: 'boolean', description: 'Add the comment where it is missing.' } },
  });
  const missing: string[] = [];
  for (const file of astroFiles()) {
    const absolute = path.join(ROOT_DIR, file);
    const source = fs.readFileSync(absolute, 'utf8');
    const expressions = await findMarkupExpressions(source, file);
    const unmarked = expressions.filter((expression) => !expression.marked);
    if (unmarked.length === 0) continue;
    if (flags.write) fs.writeFileSync(absolute, markExpressions(source, expressions));
    else missing.push(...unmarked.map(({ line }) => `${file}:${line}`));
  }
  if (missing.length === 0) return;
  console.error(
    `${missing.length} template expression(s) with markup lack ${KEEP_MARKUP}\n` +
      '(Biome would format their markup as JSX, adding whitespace that Astro renders; `pnpm format` adds it):\n' +
      missing.map((where) => `  ${where}`).join('\n'),
  );
  process.exitCode = 1;
}

await main();
