import type { LonLat, Ring } from './geojson.ts';

const key = ([x, y]: LonLat) => `${x},${y}`;

/** Drops a repeated closing position so every ring lists each vertex once. */
function openRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && key(first) === key(last) ? ring.slice(0, -1) : ring;
}

/**
 * Outer rings of adjoining polygons merged into the outline of their union, by cancelling the edges
 * they share (the boundary data puts shared borders on identical vertices). Used to draw 莱芜 as
 * part of 济南 without the pre-2019 border between them. Rings that share nothing come back as is.
 */
export function mergeAdjoiningRings(rings: readonly Ring[]): Ring[] {
  const edges = new Map<string, { from: LonLat; to: LonLat }>();
  for (const ring of rings.map(openRing)) {
    ring.forEach((from, i) => {
      const to = ring[(i + 1) % ring.length] as LonLat;
      const reverse = `${key(to)}>${key(from)}`;
      // A shared border is walked in opposite directions by the two rings: drop both halves.
      if (edges.has(reverse)) edges.delete(reverse);
      else edges.set(`${key(from)}>${key(to)}`, { from, to });
    });
  }
  const next = new Map<string, LonLat[]>();
  for (const { from, to } of edges.values()) {
    const list = next.get(key(from));
    if (list) list.push(to);
    else next.set(key(from), [to]);
  }
  const merged: Ring[] = [];
  for (const start of [...edges.values()].map((edge) => edge.from)) {
    if (!next.get(key(start))?.length) continue;
    const ring: LonLat[] = [];
    let at: LonLat | undefined = start;
    while (at) {
      ring.push(at);
      at = next.get(key(at))?.shift();
      if (at && key(at) === key(start)) break;
    }
    merged.push(ring);
  }
  return merged;
}
