import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../common/paths.ts';
import { findMarkupExpressions, KEEP_MARKUP, markExpressions } from './astro-markup-expressions.ts';

const TEMPLATE = [
  '---',
  "const items = [{ href: '/', label: '首页' }];",
  '---',
  '<h1 class="title">{title}</h1>',
  '{/* a comment only */}',
  '<p data-pagefind-ignore class="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 pb-3 text-sm">',
  '  中文{source && <span>{ui.source}{ui.colon}{source}</span>}',
  '</p>',
  '<ul>',
  '  {items.map((item) => <li class="mb-1.5 break-inside-avoid"><a href={item.href} class="text-slate-800 underline hover:text-red-800">{item.label}</a></li>)}',
  '</ul>',
  '',
].join('\n');

/** `source` as Biome formats it with the repository's biome.json, as an `.astro` file in `site/src`. */
function biomeFormat(source: string): string {
  const biome = path.join(ROOT_DIR, 'node_modules', '.bin', 'biome');
  const result = spawnSync(biome, ['format', '--stdin-file-path=site/src/Example.astro'], {
    cwd: ROOT_DIR,
    input: source,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}

describe('findMarkupExpressions', () => {
  it('finds the top-level expressions with markup, with their lines, and none without', async () => {
    const found = await findMarkupExpressions(TEMPLATE, 'Example.astro');
    expect(found.map(({ line, marked }) => ({ line, marked }))).toEqual([
      { line: 7, marked: false },
      { line: 10, marked: false },
    ]);
  });

  it('sees an expression as marked when its code starts with the comment', async () => {
    const found = await findMarkupExpressions(`<p>{${KEEP_MARKUP} a && <b>{a}</b>}</p>\n`, 'Example.astro');
    expect(found).toEqual([{ line: 1, offset: 3, marked: true }]);
  });
});

describe('markExpressions', () => {
  it('puts the comment after each opening brace, past multi-byte text, and marks nothing twice', async () => {
    const marked = markExpressions(TEMPLATE, await findMarkupExpressions(TEMPLATE, 'Example.astro'));
    expect(marked).toContain(`  中文{${KEEP_MARKUP} source && <span>`);
    expect(marked).toContain(`  {${KEEP_MARKUP} items.map((item) =>`);
    const again = await findMarkupExpressions(marked, 'Example.astro');
    expect(again.every((expression) => expression.marked)).toBe(true);
    expect(markExpressions(marked, again)).toBe(marked);
  });

  it('keeps Biome from adding whitespace that Astro would render, and lets it format the rest', async () => {
    // The reason the comment exists: unmarked, Biome lays the markup out as JSX, one child a line.
    const unmarked = biomeFormat(TEMPLATE);
    expect(unmarked).toMatch(/<span>\s*\n\s*\{ui\.source\}\s*\n\s*\{ui\.colon\}/);

    const formatted = biomeFormat(
      markExpressions(TEMPLATE, await findMarkupExpressions(TEMPLATE, 'Example.astro')),
    );
    expect(formatted).toContain(
      `  中文{${KEEP_MARKUP} source && <span>{ui.source}{ui.colon}{source}</span>}\n`,
    );
    expect(formatted).toContain(
      `  {${KEEP_MARKUP} items.map((item) => <li class="mb-1.5 break-inside-avoid"><a href={item.href} class="text-slate-800 underline hover:text-red-800">{item.label}</a></li>)}\n`,
    );
    // Markup outside expressions is still formatted: the long opening tag is broken into attributes.
    expect(formatted).toContain('<p\n  data-pagefind-ignore\n');
  });
});
