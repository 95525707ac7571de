import sharp from 'sharp';

/** WebP quality: flat colours and text stay sharp at about 15–35 KB a cover. */
const WEBP_QUALITY = 82;

/** Renders an SVG picture to WebP bytes with sharp (librsvg), at the SVG's own pixel size. */
export async function renderCover(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).webp({ quality: WEBP_QUALITY, effort: 2 }).toBuffer();
}
