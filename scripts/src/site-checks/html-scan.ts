// A small scanner for the attributes link checks need; the built HTML is machine-written, so a
// tokenizer that honours quotes, comments, <script> and <style> is enough (no DOM needed).

/** One start tag: its lower-case name and attributes (entity-decoded values). */
export interface ScannedTag {
  name: string;
  attributes: Record<string, string>;
}

const TAG =
  /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** Decodes the character references an attribute value may hold. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!(name in attributes)) attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Every start tag in `html`, in document order; <script>/<style> are reported with their own attributes. */
export function scanTags(html: string): ScannedTag[] {
  const tags: ScannedTag[] = [];
  for (const match of html.matchAll(TAG)) {
    if (match[0].startsWith('<!--')) continue;
    if (match[1]) {
      const open = /^<\w+((?:\s[^>]*)?)>/.exec(match[0]);
      tags.push({ name: match[1].toLowerCase(), attributes: parseAttributes(open?.[1] ?? '') });
      continue;
    }
    tags.push({ name: (match[2] ?? '').toLowerCase(), attributes: parseAttributes(match[3] ?? '') });
  }
  return tags;
}

/** Every id (and legacy `<a name>`) a page defines, i.e. the fragments a link may point at. */
export function fragmentTargets(tags: ScannedTag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag.attributes.id) ids.add(tag.attributes.id);
    if (tag.name === 'a' && tag.attributes.name) ids.add(tag.attributes.name);
  }
  return ids;
}

/** The URLs a page references: href, src, srcset candidates, poster, action, and <meta content> URLs. */
export function referencedUrls(tags: ScannedTag[]): Array<{ tag: string; attribute: string; url: string }> {
  const urls: Array<{ tag: string; attribute: string; url: string }> = [];
  for (const tag of tags) {
    for (const attribute of ['href', 'src', 'poster', 'action', 'xlink:href']) {
      const value = tag.attributes[attribute];
      if (value !== undefined) urls.push({ tag: tag.name, attribute, url: value.trim() });
    }
    const srcset = tag.attributes.srcset;
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) urls.push({ tag: tag.name, attribute: 'srcset', url });
      }
    }
  }
  return urls;
}
