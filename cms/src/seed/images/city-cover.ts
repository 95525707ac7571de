import { PALETTE } from './palette';
import { mapCity, provinceMap } from './shandong-map';
import { breakChineseName, COVER_PIXELS, COVER_SIZE, svgDocument, svgText } from './svg-text';

/** `light`: grey province, red city (city and park pages); `dark`: red ground, white city (articles). */
export type MapVariant = 'light' | 'dark';

/** What a map picture says: a small line above the title, the title lines, and a line below. */
export interface MapCoverText {
  kicker: string;
  title: string;
  subtitle?: string;
}

// The map fills the right of the picture; the left column holds the text.
const MAP_BOX = { x: 560, y: 90, width: 980, height: 720 } as const;
const TEXT_X = 96;
const TEXT_WIDTH = 440;

const COLOURS = {
  light: {
    ground: PALETTE.slate50,
    province: PALETTE.slate200,
    border: PALETTE.white,
    city: PALETTE.red800,
    kicker: PALETTE.red800,
    title: PALETTE.slate900,
    subtitle: PALETTE.slate700,
    bar: PALETTE.red800,
  },
  dark: {
    ground: PALETTE.red900,
    province: PALETTE.red800,
    border: PALETTE.red700,
    city: PALETTE.white,
    kicker: PALETTE.red100,
    title: PALETTE.white,
    subtitle: PALETTE.red100,
    bar: PALETTE.red700,
  },
} as const;

/** Where the province map lands in the picture: scale and offset from map units to pixels. */
export function mapPlacement(): { scale: number; x: number; y: number } {
  const map = provinceMap();
  const scale = Math.min(MAP_BOX.width / map.width, MAP_BOX.height / map.height);
  return {
    scale,
    x: MAP_BOX.x + (MAP_BOX.width - map.width * scale) / 2,
    y: MAP_BOX.y + (MAP_BOX.height - map.height * scale) / 2,
  };
}

/** The pixel of the rendered picture where a point of the map lands. */
export function mapPointToPixel([x, y]: readonly [number, number]): { x: number; y: number } {
  const placement = mapPlacement();
  const pixelsPerUnit = COVER_PIXELS.width / COVER_SIZE.width;
  return {
    x: (placement.x + x * placement.scale) * pixelsPerUnit,
    y: (placement.y + y * placement.scale) * pixelsPerUnit,
  };
}

function titleLines(title: string): { lines: string[]; size: number } {
  const lines = breakChineseName(title, 9);
  const longest = Math.max(...lines.map((line) => [...line].length));
  return { lines, size: Math.min(160, Math.floor(TEXT_WIDTH / longest)) };
}

/**
 * The province map with one city filled in (every city when `citySlug` is undefined), and text
 * beside it: the picture the seed uses for city, park and (dark) article covers. The outlines are
 * the site's own map data.
 */
export function cityMapSvg(citySlug: string | undefined, text: MapCoverText, variant: MapVariant): string {
  const colours = COLOURS[variant];
  if (citySlug) mapCity(citySlug);
  const { scale, x, y } = mapPlacement();
  const strokeWidth = (2 / scale).toFixed(2);
  const fill = (slug: string) =>
    citySlug === undefined || slug === citySlug ? colours.city : colours.province;
  const paths = provinceMap()
    .cities.map((city) => `<path d="${city.d}" fill="${fill(city.slug)}"/>`)
    .join('');
  const map =
    `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(4)})" ` +
    `stroke="${colours.border}" stroke-width="${strokeWidth}" stroke-linejoin="round">${paths}</g>`;

  const { lines, size } = titleLines(text.title);
  const lineHeight = Math.round(size * 1.2);
  const blockHeight = 40 + 40 + lines.length * lineHeight + (text.subtitle ? 100 : 0);
  let baseline = Math.round((COVER_SIZE.height - blockHeight) / 2) + 40;
  const parts = [
    svgText(text.kicker, { x: TEXT_X, y: baseline }, { size: 40, fill: colours.kicker, weight: 500 }),
  ];
  baseline += 40 + lineHeight - Math.round(size * 0.2);
  lines.forEach((line, i) => {
    const y = baseline + i * lineHeight;
    parts.push(svgText(line, { x: TEXT_X, y }, { size, fill: colours.title, weight: 700 }));
  });
  if (text.subtitle) {
    const y = baseline + (lines.length - 1) * lineHeight + 100;
    parts.push(svgText(text.subtitle, { x: TEXT_X, y }, { size: 52, fill: colours.subtitle }));
  }
  const bar = `<rect x="0" y="0" width="24" height="${COVER_SIZE.height}" fill="${colours.bar}"/>`;
  return svgDocument(colours.ground, `${bar}${map}${parts.join('')}`);
}
