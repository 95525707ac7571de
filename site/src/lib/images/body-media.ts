// Markdown bodies point at CMS uploads (`/uploads/x.png`, `https://cms…/uploads/report.pdf`, an S3
// or CDN URL); the static site must not. This finds those URLs in a body's sanitized HTML and
// rewrites them to the build's copies: images to a <picture> made by the image pipeline, links to
// the copied file.
import render from 'dom-serializer';
import { DomUtils, parseDocument } from 'htmlparser2';

/** Maps a URL as written in a body to the absolute URL of a CMS upload, or null when it is none. */
export type UploadResolver = (url: string) => string | null;

/** The CMS uploads one body uses, as absolute URLs (each once, in document order). */
export interface BodyUploads {
  /** Sources of `<img>` elements. */
  images: string[];
  /** Targets of `<a>` elements (PDFs, office files, images linked to). */
  files: string[];
}

/** One body image as the build serves it. */
export interface BodyPicture {
  /** `<source>` elements, best format first. */
  sources: { type: string; srcset: string }[];
  /** The fallback `<img>`'s attributes (src, srcset, sizes, width, height). */
  img: Record<string, string>;
}

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
type Document = ReturnType<typeof parseDocument>;

function tagged(doc: Document, name: string, attribute: string): Element[] {
  return DomUtils.getElementsByTagName(name, doc.children, true).filter(
    (element) => element.attribs[attribute] !== undefined,
  );
}

/** The CMS uploads `html` (a sanitized body) refers to. */
export function bodyUploads(html: string, resolve: UploadResolver): BodyUploads {
  const doc = parseDocument(html);
  const uploads = (name: string, attribute: string) => [
    ...new Set(
      tagged(doc, name, attribute).flatMap((element) => resolve(element.attribs[attribute] ?? '') ?? []),
    ),
  ];
  return { images: uploads('img', 'src'), files: uploads('a', 'href') };
}

function pictureElement(img: Element, picture: BodyPicture): Element {
  // Built from markup without values, then given its attributes: nothing is spliced into HTML text.
  const [replacement] = parseDocument(
    `<picture>${'<source />'.repeat(picture.sources.length)}<img /></picture>`,
  ).children as Element[];
  if (!replacement) throw new Error('could not build a <picture> element');
  const sizes = picture.img.sizes;
  DomUtils.getElementsByTagName('source', replacement.children, true).forEach((element, index) => {
    const source = picture.sources[index];
    if (source) element.attribs = { type: source.type, srcset: source.srcset, ...(sizes ? { sizes } : {}) };
  });
  const fallback = DomUtils.getElementsByTagName('img', replacement.children, true)[0];
  if (fallback) {
    // The editor's alt and title stay; the rest is what the build serves.
    fallback.attribs = {
      ...picture.img,
      alt: img.attribs.alt ?? '',
      ...(img.attribs.title ? { title: img.attribs.title } : {}),
      loading: 'lazy',
      decoding: 'async',
    };
  }
  return replacement;
}

/**
 * `html` with every CMS upload replaced by the build's copy: images by `pictures` (keyed by
 * absolute URL), links by `files` (absolute URL → path on the site). Unchanged when it has none.
 */
export function rewriteBodyUploads(
  html: string,
  resolve: UploadResolver,
  pictures: ReadonlyMap<string, BodyPicture>,
  files: ReadonlyMap<string, string>,
): string {
  const doc = parseDocument(html);
  let changed = false;
  for (const link of tagged(doc, 'a', 'href')) {
    const target = files.get(resolve(link.attribs.href ?? '') ?? '');
    if (target) {
      link.attribs.href = target;
      changed = true;
    }
  }
  for (const img of tagged(doc, 'img', 'src')) {
    const picture = pictures.get(resolve(img.attribs.src ?? '') ?? '');
    if (picture) {
      DomUtils.replaceElement(img, pictureElement(img, picture));
      changed = true;
    }
  }
  // Serialized as sanitize-html writes it, so bodies without uploads stay byte for byte the same.
  return changed ? render(doc, { encodeEntities: 'utf8', selfClosingTags: true, emptyAttrs: true }) : html;
}
