import QRCode from 'qrcode';

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * A QR code of `url` as inline SVG markup, built at build time (no script, no request), with
 * `role="img"` and `label` as its accessible name.
 */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`QR codes need an absolute URL, got "${url}"`);
  // Level M survives a smudged print-out; a one-module margin keeps the code compact beside text.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return svg.replace(
    '<svg ',
    `<svg role="img" aria-label="${escapeAttribute(label)}" focusable="false" class="h-full w-full" `,
  );
}
