// Writes the default share images (public/share/<section>.png, 1200×630) from SVG drawn here:
// the site's red, the favicon's mountain line, the section's Chinese and English names. No
// downloaded picture. Run `pnpm --filter @select-shandong/site run share-images` and commit the PNGs
// (the fonts are the machine's; Noto CJK renders the Chinese).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { SHARE_IMAGE_SIZE, SHARE_SECTIONS, type ShareSection } from '../../src/lib/seo/share-sections.ts';

const OUT_DIR = fileURLToPath(new URL('../../public/share/', import.meta.url));

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function shareSvg(section: ShareSection): string {
  const { width, height } = SHARE_IMAGE_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#991b1b"/>
  <path d="M0 ${height} L360 300 L520 430 L650 330 L${width} ${height} Z" fill="#7f1d1d"/>
  <path d="M600 ${height} L860 360 L980 470 L1060 400 L${width} 520 L${width} ${height} Z" fill="#b91c1c"/>
  <rect x="80" y="84" width="96" height="96" rx="16" fill="#fff"/>
  <path d="M96 146 L119 112 L132 129 L142 117 L160 146 Z" fill="#991b1b"/>
  <text x="200" y="150" font-family="Noto Sans CJK SC, Noto Serif CJK SC, sans-serif" font-size="40" fill="#fff">选择山东 · Select Shandong</text>
  <text x="80" y="330" font-family="Noto Serif CJK SC, Noto Sans CJK SC, serif" font-weight="bold" font-size="96" fill="#fff">${escapeXml(section.zh)}</text>
  <text x="80" y="420" font-family="Noto Sans CJK SC, sans-serif" font-size="52" fill="#fee2e2">${escapeXml(section.en)}</text>
</svg>`;
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const [name, section] of Object.entries(SHARE_SECTIONS)) {
  const file = path.join(OUT_DIR, `${name}.png`);
  await sharp(Buffer.from(shareSvg(section)))
    .png({ compressionLevel: 9, palette: true })
    .toFile(file);
  console.log(`${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
}
