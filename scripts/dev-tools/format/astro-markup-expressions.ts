// Biome formats markup inside a template expression (`{items.map((item) => <li>…</li>)}`) as JSX,
// where a line break between tags is not text; Astro renders it, so a reader would get spaces the
// source never had (`{ui.source}{ui.colon}` on two lines renders as `来源 ：`). Such expressions
// therefore carry a suppression comment, and Biome formats everything else in the template.
import { parse } from '@astrojs/compiler';
import type { Node } from '@astrojs/compiler/types';

/** The comment that keeps Biome from laying out an expression's markup as JSX. */
export const KEEP_MARKUP = '/* biome-ignore format: Astro renders whitespace in this markup */';

/** A top-level template expression that contains markup, and whether it carries `KEEP_MARKUP`. */
export interface MarkupExpression {
  /** 1-based line of its opening `{`. */
  line: number;
  /** Byte offset of its opening `{`. */
  offset: number;
  marked: boolean;
}

const MARKUP_TYPES = new Set(['element', 'component', 'custom-element', 'fragment']);

function collect(node: Node, found: Node[]): void {
  if (node.type === 'expression' && node.children.some((child) => MARKUP_TYPES.has(child.type))) {
    // Biome leaves everything inside a suppressed expression alone, nested expressions included.
    found.push(node);
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child, found);
}

function isMarked(expression: Node): boolean {
  const first = 'children' in expression ? expression.children[0] : undefined;
  return first?.type === 'text' && first.value.trimStart().startsWith(KEEP_MARKUP);
}

/** Every top-level expression in `source` (an `.astro` file) whose content includes markup. */
export async function findMarkupExpressions(source: string, file: string): Promise<MarkupExpression[]> {
  const { ast, diagnostics } = await parse(source, { position: true });
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 1);
  if (errors.length > 0) throw new Error(`${file}: the Astro compiler cannot parse it: ${errors[0]?.text}`);
  const bytes = Buffer.from(source, 'utf8');
  const found: Node[] = [];
  collect(ast, found);
  return found.map((expression) => {
    // @astrojs/compiler 2.13 reports an expression's start one byte before its `{`; checked, not assumed.
    const reported = expression.position?.start.offset ?? -1;
    const offset = [reported + 1, reported].find((at) => bytes[at] === 0x7b);
    const line = bytes
      .subarray(0, offset ?? Math.max(reported, 0))
      .toString('utf8')
      .split('\n').length;
    if (offset === undefined) {
      throw new Error(
        `${file}:${line}: no \`{\` where the Astro compiler puts an expression (byte ${reported})`,
      );
    }
    return { line, offset, marked: isMarked(expression) };
  });
}

/** `source` with `KEEP_MARKUP` put after the `{` of each expression in `expressions` not yet marked. */
export function markExpressions(source: string, expressions: readonly MarkupExpression[]): string {
  let bytes = Buffer.from(source, 'utf8');
  const unmarked = expressions.filter((expression) => !expression.marked);
  // From the end, so each insertion leaves the earlier offsets valid.
  for (const { offset } of [...unmarked].sort((a, b) => b.offset - a.offset)) {
    const mark = Buffer.from(`${KEEP_MARKUP} `, 'utf8');
    bytes = Buffer.concat([bytes.subarray(0, offset + 1), mark, bytes.subarray(offset + 1)]);
  }
  return bytes.toString('utf8');
}
