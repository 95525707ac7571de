// Sanitizes the HTML marked produces from editor markdown and says what it removed, so the build
// report can name the document and field to fix (nothing unsafe is dropped silently).
import sanitizeHtml from 'sanitize-html';
import { urlRejection } from './url-policy.ts';

/** Only these tags survive; everything else (script, style, iframe, form, …) is removed. */
const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'blockquote',
  'strong',
  'em',
  'del',
  'hr',
  'br',
];

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  th: ['align'],
  td: ['align'],
  ol: ['start'],
};

/** Tags removed together with their content, not just the tags. */
const NON_TEXT_TAGS = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'];

/** The sanitized HTML and one line per thing removed. */
export interface SanitizeResult {
  html: string;
  /** What was removed, e.g. `<script> element and its content`, in document order. */
  removed: string[];
}

const MAX_SHOWN = 80;

function shown(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat);
}

function urlAttribute(tag: string): 'href' | 'src' | null {
  if (tag === 'a') return 'href';
  if (tag === 'img') return 'src';
  return null;
}

/** What the sanitizer will remove from one start tag (given its raw attributes). */
function removalsOf(tag: string, attribs: Record<string, string>, imageOrigins: readonly string[]): string[] {
  if (!ALLOWED_TAGS.includes(tag)) {
    return [
      NON_TEXT_TAGS.includes(tag) ? `<${tag}> element and its content` : `<${tag}> tag (its text kept)`,
    ];
  }
  const removed: string[] = [];
  const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
  const urlName = urlAttribute(tag);
  for (const [name, value] of Object.entries(attribs)) {
    if (!allowed.includes(name)) {
      removed.push(`attribute ${name}=${shown(value)} from <${tag}>`);
    } else if (name === urlName && (tag === 'a' || tag === 'img')) {
      const why = urlRejection(tag, value, imageOrigins);
      if (why)
        removed.push(
          tag === 'img' ? `image ${shown(value)} (${why})` : `link ${shown(value)} from <a> (${why})`,
        );
    }
  }
  if (tag === 'img' && !attribs.src) removed.push('image without src');
  return removed;
}

/** Sanitizes `html`; images load only from relative URLs and `imageOrigins`. */
export function sanitizeMarkdownHtml(html: string, imageOrigins: readonly string[]): SanitizeResult {
  const removed: string[] = [];
  // Inside a discarded element (script, iframe, …) nothing is reported twice.
  let discardDepth = 0;
  const keepUrl = (tag: 'a' | 'img', attribs: sanitizeHtml.Attributes) => {
    const name = tag === 'a' ? 'href' : 'src';
    const value = attribs[name];
    if (value === undefined || !urlRejection(tag, value, imageOrigins)) return { tagName: tag, attribs };
    const { [name]: _dropped, ...rest } = attribs;
    return { tagName: tag, attribs: rest };
  };
  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    // urlRejection decides first (transformTags); sanitize-html's own scheme check stays as a second line.
    allowedSchemesByTag: { a: ['http', 'https', 'mailto', 'tel'], img: ['http', 'https'] },
    allowedSchemes: [],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: NON_TEXT_TAGS,
    transformTags: {
      a: (_name, attribs) => keepUrl('a', attribs),
      img: (_name, attribs) => keepUrl('img', attribs),
    },
    // An image whose source was removed is dropped whole rather than left as an empty box.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
    onOpenTag: (tag, attribs) => {
      if (discardDepth > 0) {
        if (NON_TEXT_TAGS.includes(tag)) discardDepth += 1;
        return;
      }
      removed.push(...removalsOf(tag, attribs, imageOrigins));
      if (NON_TEXT_TAGS.includes(tag)) discardDepth = 1;
    },
    onCloseTag: (tag) => {
      if (discardDepth > 0 && NON_TEXT_TAGS.includes(tag)) discardDepth -= 1;
    },
  });
  return { html: clean, removed };
}
