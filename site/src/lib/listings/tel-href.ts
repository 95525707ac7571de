/**
 * A `tel:` URI for a phone number as editors type it ("0531-8916 2345", "+49 69 1234"): digits
 * and a leading plus only; null when nothing dialable is left.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 0) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** A phone number for display: hyphens and spaces that never break, so a number stays on one line. */
export function telDisplay(phone: string): string {
  return phone.trim().replaceAll('-', '\u2011').replaceAll(' ', '\u00a0');
}
