import { Marked } from 'marked';
import { readMediaOrigins } from '../config/media-origins.ts';
import { type BuildWarning, recordWarning } from './build-report.ts';
import { sanitizeMarkdownHtml } from './markdown/sanitize.ts';

/** Which document field a markdown text comes from: named in the build report when something is removed. */
export type MarkdownSource = Omit<BuildWarning, 'message'>;

// A private instance so nothing else can change the global marked options.
const marked = new Marked({ gfm: true, breaks: false, async: false });

let envOrigins: string[] | undefined;

/**
 * Renders editor markdown to HTML that is safe to insert into a page; everything the sanitizer
 * removes (unsafe tags and attributes, bad URL schemes, images from other hosts) becomes a build
 * warning naming `source`. Images load only from relative URLs and `imageOrigins` (by default
 * the media origins of the environment, see readMediaOrigins).
 */
export function renderMarkdown(
  markdown: string,
  source: MarkdownSource,
  imageOrigins?: readonly string[],
): string {
  envOrigins ??= readMediaOrigins();
  const html = marked.parse(markdown, { async: false });
  const result = sanitizeMarkdownHtml(html, imageOrigins ?? envOrigins);
  for (const removed of result.removed)
    recordWarning({ ...source, message: `unsafe HTML removed: ${removed}` });
  return result.html;
}
