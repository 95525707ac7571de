// Whether the site's stylesheets define the Tailwind utilities its pages use. Tailwind writes only
// the classes it finds in the files its config names; a build that reads no config (or the wrong
// files) still succeeds, with pages that look unstyled. Checked on the built output, the way a
// reader's browser meets it.
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../operations/site-checks/site-files.ts';

/** Class names that are Tailwind utilities (with any variant prefixes such as `lg:` or `hover:`). */
const UTILITY =
  /^(?:[a-z0-9-]+:)*-?(?:text|bg|border|m[tblrxy]?|p[tblrxy]?|gap|grid-cols|flex|font|leading|rounded|w|h|max-w|min-w|shadow|underline|hidden|block|inline-block|sr-only|items|justify|space-[xy]|tracking)(?:-|$)/;

/** The selector Tailwind writes for a class: every character other than [A-Za-z0-9_-] escaped. */
const selectorOf = (className: string) => `.${className.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c}`)}`;

/** One utility class a page uses that no stylesheet of the site defines. */
export interface UndefinedUtility {
  className: string;
  /** A page (path relative to the build) that uses it. */
  page: string;
}

/**
 * The utility classes the built pages under `outDir` use (`used`: how many different ones) and those
 * no stylesheet in it defines (`missing`).
 */
export function undefinedUtilityClasses(outDir: string): { used: number; missing: UndefinedUtility[] } {
  const css = listFiles(outDir, '.css')
    .map((file) => fs.readFileSync(path.join(outDir, file), 'utf8'))
    .join('\n');
  const firstUse = new Map<string, string>();
  for (const page of listFiles(outDir, '.html')) {
    const html = fs.readFileSync(path.join(outDir, page), 'utf8');
    for (const [, value = ''] of html.matchAll(/\sclass="([^"]*)"/g)) {
      for (const className of value.split(/\s+/)) {
        if (UTILITY.test(className) && !firstUse.has(className)) firstUse.set(className, page);
      }
    }
  }
  const missing = [...firstUse]
    .filter(([className]) => !css.includes(selectorOf(className)))
    .map(([className, page]) => ({ className, page }));
  return { used: firstUse.size, missing };
}
