/**
 * A `tel:` URI in E.164 form (+86…) for a Chinese number as editors type it: a landline with its
 * area code (`0531-88761201` → `tel:+8653188761201`) or a mobile (`139 0531 0000` →
 * `tel:+8613905310000`); a number already written with `+` keeps its country code. Null when
 * nothing dialable is left.
 */
export function chinaTelHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 0) return null;
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('86') && digits.length >= 12) return `tel:+${digits}`;
  if (digits.startsWith('0')) return `tel:+86${digits.slice(1)}`;
  return `tel:+86${digits}`;
}
