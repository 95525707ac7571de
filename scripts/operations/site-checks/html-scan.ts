// The attributes link checks need, read with htmlparser2 (quotes, entities, comments, <script> and
// <style> as a browser tokenises them; no DOM is built).
import { Parser } from 'htmlparser2';

/** One start tag: its lower-case name and attributes (entity-decoded values). */
export interface ScannedTag {
  name: string;
  attributes: Record<string, string>;
}

/** Every start tag in `html`, in document order; <script>/<style> are reported with their own attributes. */
export function scanTags(html: string): ScannedTag[] {
  const tags: ScannedTag[] = [];
  // htmlparser2 keeps the first of repeated attributes, as browsers do.
  const parser = new Parser({ onopentag: (name, attributes) => tags.push({ name, attributes }) });
  parser.end(html);
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
