import { FONT_FAMILY } from './palette';

/** The drawing's own units (16:9): every layout below is written in these. */
export const COVER_SIZE = { width: 1600, height: 900 } as const;
/**
 * Pixel size of every demo picture: 16:9 and wide enough for a lead image at 1×; larger sizes cost
 * seed time (Strapi makes four resized copies of each upload) for little gain on flat artwork.
 */
export const COVER_PIXELS = { width: 1200, height: 675 } as const;

/** Escapes text for SVG markup (names come from fixtures, which may hold `&`). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One line of text; `size` in pixels, `weight` as in CSS. */
export function svgText(
  text: string,
  at: { x: number; y: number },
  style: { size: number; fill: string; weight?: number; anchor?: 'start' | 'middle' | 'end' },
): string {
  return (
    `<text x="${at.x}" y="${at.y}" font-family="${FONT_FAMILY}" font-size="${style.size}" ` +
    `font-weight="${style.weight ?? 400}" fill="${style.fill}" text-anchor="${style.anchor ?? 'start'}">` +
    `${escapeXml(text)}</text>`
  );
}

/** The whole picture: a background and the given elements. */
export function svgDocument(background: string, body: string): string {
  const { width, height } = COVER_SIZE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_PIXELS.width}" height="${COVER_PIXELS.height}" ` +
    `viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${background}"/>${body}</svg>`
  );
}

// Park names end in their kind of zone; breaking there keeps the place name on one line.
const NAME_ENDINGS = ['高新技术产业开发区', '高技术产业开发区', '经济技术开发区', '经济开发区', '综合保税区'];

/**
 * Breaks a Chinese name into lines of at most `perLine` characters, after the place name when it
 * ends in a known kind of zone (明水 / 经济技术开发区).
 */
export function breakChineseName(name: string, perLine: number): string[] {
  const ending = NAME_ENDINGS.find((e) => name.endsWith(e) && name.length > e.length);
  const parts = ending ? [name.slice(0, -ending.length), ending] : [name];
  return parts.flatMap((part) => {
    const chars = [...part];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
    return lines;
  });
}
