// One geometric sign per priority industry, drawn in a 600 × 600 box with its origin at the
// centre, in the current colour (`currentColor`), so one motif serves the dark and light pictures.

const circle = (cx: number, cy: number, r: number, extra = '') =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" ${extra}/>`;
const ring = (cx: number, cy: number, r: number, width: number) =>
  circle(cx, cy, r, `fill="none" stroke="currentColor" stroke-width="${width}"`);
const polygon = (points: Array<readonly [number, number]>, extra = '') =>
  `<polygon points="${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}" ${extra}/>`;
const regular = (sides: number, radius: number, turn = 0): Array<[number, number]> =>
  Array.from({ length: sides }, (_, i) => {
    const angle = turn + (i * 2 * Math.PI) / sides;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });

/** 新一代信息技术: a chip with pins and a circuit trace. */
function chip(): string {
  const pins = [-120, -40, 40, 120]
    .flatMap((p) => [
      `<rect x="${p - 14}" y="-250" width="28" height="90"/>`,
      `<rect x="${p - 14}" y="160" width="28" height="90"/>`,
      `<rect x="-250" y="${p - 14}" width="90" height="28"/>`,
      `<rect x="160" y="${p - 14}" width="90" height="28"/>`,
    ])
    .join('');
  return `${pins}<rect x="-170" y="-170" width="340" height="340" rx="28" fill="none" stroke="currentColor" stroke-width="28"/><rect x="-80" y="-80" width="160" height="160" rx="12"/>`;
}

/** 高端装备: a gear. */
function gear(): string {
  const teeth = Array.from({ length: 12 }, (_, i) => {
    const angle = (i * 360) / 12;
    return `<rect x="-34" y="-270" width="68" height="90" rx="8" transform="rotate(${angle})"/>`;
  }).join('');
  return `${teeth}${ring(0, 0, 170, 60)}${circle(0, 0, 60)}`;
}

/** 新能源新材料: a three-bladed wind turbine over a hexagonal lattice cell. */
function turbine(): string {
  const blades = [0, 120, 240]
    .map((a) => `<path d="M -18 0 L 0 -250 L 18 0 Z" transform="rotate(${a})"/>`)
    .join('');
  const lattice = polygon(
    regular(6, 260, Math.PI / 6),
    'fill="none" stroke="currentColor" stroke-width="16"',
  );
  return `${lattice}${blades}${circle(0, 0, 34)}`;
}

/** 现代海洋: three waves. */
function waves(): string {
  const wave = (y: number) =>
    `<path d="M -280 ${y} q 70 -70 140 0 t 140 0 t 140 0 t 140 0" fill="none" stroke="currentColor" stroke-width="34" stroke-linecap="round"/>`;
  return `${wave(-130)}${wave(0)}${wave(130)}`;
}

/** 医养健康: a cross in a ring. */
function cross(): string {
  return `${ring(0, 0, 250, 30)}<rect x="-55" y="-170" width="110" height="340" rx="16"/><rect x="-170" y="-55" width="340" height="110" rx="16"/>`;
}

/** 高端化工: a benzene ring. */
function benzene(): string {
  const hexagon = polygon(
    regular(6, 230, Math.PI / 2),
    'fill="none" stroke="currentColor" stroke-width="30"',
  );
  return `${hexagon}${ring(0, 0, 130, 24)}`;
}

/** 现代高效农业: an ear of wheat. */
function wheat(): string {
  const grains = [-150, -70, 10, 90]
    .flatMap((y) => [
      `<ellipse cx="-50" cy="${y}" rx="34" ry="70" transform="rotate(-30 -50 ${y})"/>`,
      `<ellipse cx="50" cy="${y}" rx="34" ry="70" transform="rotate(30 50 ${y})"/>`,
    ])
    .join('');
  return `${grains}<ellipse cx="0" cy="-230" rx="30" ry="60"/><rect x="-10" y="-160" width="20" height="420" rx="10"/>`;
}

/** 文化创意: concentric arcs, like a seal's brush circle. */
function arcs(): string {
  const arc = (r: number, width: number) =>
    `<path d="M ${-r} 0 A ${r} ${r} 0 1 1 0 ${r}" fill="none" stroke="currentColor" stroke-width="${width}" stroke-linecap="round"/>`;
  return `${arc(250, 30)}${arc(170, 30)}${arc(90, 30)}${circle(0, 0, 28)}`;
}

/** 精品旅游: mountains (Mount Tai) under the sun. */
function mountains(): string {
  return `${circle(150, -150, 70)}${polygon([
    [-280, 230],
    [-60, -160],
    [160, 230],
  ])}${polygon(
    [
      [0, 230],
      [140, 0],
      [280, 230],
    ],
    'opacity="0.7"',
  )}`;
}

/** 现代金融服务: rising bars and a trend line. */
function bars(): string {
  const columns = [
    [-240, 100],
    [-120, 180],
    [0, 270],
    [120, 360],
  ]
    .map(([x, h]) => `<rect x="${x}" y="${240 - (h ?? 0)}" width="90" height="${h}" rx="6"/>`)
    .join('');
  return `${columns}<path d="M -250 40 L -80 -60 L 40 -20 L 250 -230" fill="none" stroke="currentColor" stroke-width="24" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** The motif of each industry, by slug (the ten of the demo fixtures). */
export const INDUSTRY_MOTIFS: Readonly<Record<string, { draw: () => string; zh: string; en: string }>> = {
  'next-gen-it': { draw: chip, zh: '芯片图形', en: 'a microchip' },
  'high-end-equipment': { draw: gear, zh: '齿轮图形', en: 'a gear' },
  'new-energy-materials': {
    draw: turbine,
    zh: '风机叶片与六边形晶格图形',
    en: 'a wind turbine over a hexagonal lattice',
  },
  'modern-marine': { draw: waves, zh: '海浪图形', en: 'waves' },
  'health-care': { draw: cross, zh: '十字图形', en: 'a cross in a ring' },
  'high-end-chemicals': { draw: benzene, zh: '苯环图形', en: 'a benzene ring' },
  'modern-agriculture': { draw: wheat, zh: '麦穗图形', en: 'an ear of wheat' },
  'culture-creative': { draw: arcs, zh: '同心弧线图形', en: 'concentric arcs' },
  'boutique-tourism': { draw: mountains, zh: '山峰与太阳图形', en: 'mountains under the sun' },
  'modern-finance': { draw: bars, zh: '上升柱状图图形', en: 'a rising bar chart' },
};
