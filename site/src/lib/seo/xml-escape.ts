/**
 * Characters XML 1.0 does not allow anywhere, not even as character references: C0 controls other
 * than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. One in a feed makes the whole feed
 * unreadable to a feed reader, so they are removed rather than escaped.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 forbids (see NOT_XML_CHAR). */
export function stripNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Escapes text for an XML element or a double-quoted attribute, dropping characters XML forbids. */
export function xmlEscape(text: string): string {
  return stripNonXmlChars(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
