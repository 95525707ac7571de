// Generators for the content-API security matrices: every spelling of a path, every encoding of a
// draft parameter, every HTTP method. Generated, not hand-picked, so a new route or type is covered.

/** Every combination of upper and lower case of `word` (2^n spellings). */
export function caseVariants(word: string): string[] {
  let variants = [''];
  for (const char of word) {
    const forms =
      char.toLowerCase() === char.toUpperCase() ? [char] : [char.toLowerCase(), char.toUpperCase()];
    variants = variants.flatMap((prefix) => forms.map((form) => prefix + form));
  }
  return variants;
}

const hex = (char: string, upper: boolean) => {
  const code = char.charCodeAt(0).toString(16).padStart(2, '0');
  return `%${upper ? code.toUpperCase() : code}`;
};

/** `word` with each one of its characters percent-encoded in turn, in upper- and lower-case hex. */
export function percentVariants(word: string): string[] {
  const variants = new Set<string>();
  [...word].forEach((char, index) => {
    for (const upper of [true, false]) {
      variants.add(word.slice(0, index) + hex(char, upper) + word.slice(index + 1));
    }
  });
  return [...variants];
}

/**
 * Spellings of `/api/<segment>[/<rest>]` a router might still match: every case of `api`, four
 * cases of the type segment, percent-encoded letters, doubled, dotted and trailing slashes, an
 * encoded slash. `rest` (a document id) is left as it is: ids are case-sensitive.
 */
export function pathSpellings(segment: string, rest?: string): string[] {
  const tail = rest ? `/${rest}` : '';
  const segmentCases = [
    segment,
    segment.toUpperCase(),
    segment.charAt(0).toUpperCase() + segment.slice(1),
    [...segment].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(''),
  ];
  const spellings = new Set<string>();
  for (const api of caseVariants('api')) {
    for (const type of segmentCases) spellings.add(`/${api}/${type}${tail}`);
  }
  for (const api of percentVariants('api')) spellings.add(`/${api}/${segment}${tail}`);
  for (const type of percentVariants(segment).slice(0, 4)) spellings.add(`/api/${type}${tail}`);
  for (const spelling of [
    `//api/${segment}${tail}`,
    `/api//${segment}${tail}`,
    `/api/${segment}${tail}/`,
    `/API/${segment}${tail}/`,
    `/./api/${segment}${tail}`,
    `/api/./${segment}${tail}`,
    `/api/x/../${segment}${tail}`,
    `/api%2F${segment}${tail}`,
    `/api%2f${segment}${tail}`,
  ]) {
    spellings.add(spelling);
  }
  return [...spellings];
}

const DRAFT_KEYS = [
  'status',
  'Status',
  'STATUS',
  'st%61tus',
  'status[0]',
  'status[]',
  'status%5B0%5D',
  'status[$eq]',
  'status[$in][0]',
  'publicationState',
  'hasPublishedVersion',
];
const DRAFT_VALUES = ['draft', 'DRAFT', 'Draft', '%64raft', 'modified', 'preview', 'false', ''];

/**
 * Query strings that ask for drafts: every key spelling × every value (88), duplicated and
 * conflicting parameters, and queries that reach drafts by other means (publishedAt filters,
 * localizations, populate everything).
 */
export function draftQueries(): string[] {
  const queries = DRAFT_KEYS.flatMap((key) => DRAFT_VALUES.map((value) => `${key}=${value}`));
  queries.push(
    'status=published&status=draft',
    'status=draft&status=published',
    'status=draft&publicationState=preview&hasPublishedVersion=false',
    'filters[publishedAt][$null]=true',
    'filters[publishedAt][$null]=true&status=draft',
    'populate=*&status=draft',
    'populate[localizations]=*&status=draft',
    'populate[localizations][populate]=*',
    'locale=*&status=draft',
    'locale=all&status=draft',
  );
  return queries;
}

/** Every HTTP method a content-API route could be reached with. */
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
