import { INDUSTRY_MOTIFS } from './industry-motifs';
import { PALETTE } from './palette';
import { COVER_SIZE, svgDocument, svgText } from './svg-text';

/** `dark`: red ground, white sign (industry pages); `light`: pale ground, red sign (articles). */
export type MotifVariant = 'dark' | 'light';

const COLOURS = {
  dark: { ground: PALETTE.red800, motif: PALETTE.white, kicker: PALETTE.red100, title: PALETTE.white },
  light: { ground: PALETTE.red50, motif: PALETTE.red800, kicker: PALETTE.red800, title: PALETTE.slate900 },
} as const;

const TEXT_X = 110;
const TEXT_WIDTH = 760;

/** The motif of an industry; throws naming the slug when it has none. */
export function industryMotif(slug: string): (typeof INDUSTRY_MOTIFS)[string] & {} {
  const motif = INDUSTRY_MOTIFS[slug];
  if (!motif) throw new Error(`demo images: no motif for industry "${slug}"`);
  return motif;
}

/**
 * A typographic picture for one industry: its Chinese name large on the left, a kicker above and
 * an English line below, its geometric sign on the right.
 */
export function industrySvg(
  slug: string,
  text: { kicker: string; title: string; subtitle: string },
  variant: MotifVariant,
): string {
  const colours = COLOURS[variant];
  const size = Math.min(130, Math.floor(TEXT_WIDTH / [...text.title].length));
  const middle = COVER_SIZE.height / 2;
  const motif =
    `<g transform="translate(1210 ${middle}) scale(0.95)" fill="${colours.motif}" ` +
    `color="${colours.motif}">${industryMotif(slug).draw()}</g>`;
  const rule = `<rect x="${TEXT_X}" y="${middle - size - 40}" width="120" height="12" fill="${colours.kicker}"/>`;
  const body = [
    rule,
    svgText(
      text.kicker,
      { x: TEXT_X, y: middle - size - 70 },
      { size: 40, fill: colours.kicker, weight: 500 },
    ),
    svgText(text.title, { x: TEXT_X, y: middle + size * 0.35 }, { size, fill: colours.title, weight: 700 }),
    svgText(text.subtitle, { x: TEXT_X, y: middle + size * 0.35 + 100 }, { size: 48, fill: colours.kicker }),
  ].join('');
  return svgDocument(colours.ground, `${motif}${body}`);
}
