/**
 * The moment the site is built, which decides what is current (open job postings). One function
 * so that every page of a build asks the same question; the index that uses it is built once per
 * build (and again in the preview when content reloads).
 */
export function buildTime(): Date {
  return new Date();
}
