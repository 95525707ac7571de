import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type {
  Objects,
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import type { Point } from '../../src/lib/map/shandong-map.ts';

/** Polygons (outer ring, then holes) in SVG user units. */
export type PlanarPolygon = readonly (readonly Point[])[];

/** The simplified topology and, by key, the geometry of each boundary file in it. */
export interface BoundaryTopology {
  topology: Topology;
  parts: ReadonlyMap<string, TopoPolygon | TopoMultiPolygon>;
}

/** How far the topology is simplified, in SVG user units. */
export interface SimplifyOptions {
  /** Points whose Visvalingam triangle is smaller than this (units²) are dropped. */
  minTriangleArea: number;
  /** Islands smaller than this (units²) are dropped; rings that touch a neighbour always stay. */
  minIslandArea: number;
}

/** A ring with its first point repeated at the end, as GeoJSON (and topojson-server) expects. */
function closedRing(ring: readonly Point[]): [number, number][] {
  const points = ring.map(([x, y]): [number, number] => [x, y]);
  const [first, last] = [points[0], points[points.length - 1]];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...points, first] : points;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An arc with coordinates rounded to one decimal and the repeats this creates removed. */
function roundArc(arc: readonly (readonly number[])[]): [number, number][] {
  const rounded: [number, number][] = [];
  for (const [x = 0, y = 0] of arc) {
    const last = rounded[rounded.length - 1];
    const point: [number, number] = [round(x), round(y)];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  // An arc keeps both ends even when they round to the same point, so junctions stay shared.
  return rounded.length === 1 ? [rounded[0] as [number, number], rounded[0] as [number, number]] : rounded;
}

/**
 * Makes rings drawn twice use one arc. topojson-server does not see that a closed ring (a small
 * exclave of 淄博) is the same as the loop of its neighbour's outline that wraps round it, so the
 * two would be simplified apart; every later copy is pointed at the first (reversed if need be).
 */
function shareDuplicateRings(topology: Topology<Objects>): Topology<Objects> {
  const firstByKey = new Map<string, number>();
  const replacement = new Map<number, number>();
  topology.arcs.forEach((arc, index) => {
    const [first, last] = [arc[0], arc[arc.length - 1]];
    if (first?.[0] !== last?.[0] || first?.[1] !== last?.[1]) return;
    const key = JSON.stringify(arc);
    const same = firstByKey.get(key);
    const reversed = firstByKey.get(JSON.stringify([...arc].reverse()));
    if (same !== undefined) replacement.set(index, same);
    else if (reversed !== undefined) replacement.set(index, ~reversed);
    else firstByKey.set(key, index);
  });
  const remap = (ring: number[]) =>
    ring.map((arc) => (arc < 0 ? ~(replacement.get(~arc) ?? ~arc) : (replacement.get(arc) ?? arc)));
  for (const object of Object.values(topology.objects)) {
    const geometries = object.type === 'GeometryCollection' ? object.geometries : [object];
    for (const geometry of geometries) {
      if (geometry.type === 'Polygon') geometry.arcs = geometry.arcs.map(remap);
      if (geometry.type === 'MultiPolygon')
        geometry.arcs = geometry.arcs.map((polygon) => polygon.map(remap));
    }
  }
  return topology;
}

/**
 * Marks, on every arc that closes on itself (an island, usually), its two weightiest inner points
 * as kept: Visvalingam keeps only an arc's ends, so a small island would collapse to a line and
 * vanish instead of staying a triangle for the island filter to judge by its area.
 */
function keepIslandCorners(topology: Topology<Objects>): Topology<Objects> {
  for (const arc of topology.arcs) {
    const [first, last] = [arc[0], arc[arc.length - 1]];
    if (arc.length < 4 || first?.[0] !== last?.[0] || first?.[1] !== last?.[1]) continue;
    const inner = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of inner.slice(0, 2)) point[2] = Number.POSITIVE_INFINITY;
  }
  return topology;
}

/**
 * One TopoJSON topology of all boundary files (object `boundaries`, one geometry per file, its id
 * the key), simplified arc by arc: a border two cities share is one arc, so both sides keep the
 * same points. Coordinates must be planar (already projected); nothing is quantized, and shared
 * positions are found by exact equality, as the source files put them on identical vertices.
 */
export function simplifiedTopology(
  polygonsByKey: ReadonlyMap<string, readonly PlanarPolygon[]>,
  { minTriangleArea, minIslandArea }: SimplifyOptions,
): BoundaryTopology {
  const features: Feature<MultiPolygon>[] = [...polygonsByKey].map(([key, polygons]) => ({
    type: 'Feature',
    id: key,
    properties: {},
    geometry: {
      type: 'MultiPolygon',
      coordinates: polygons.map((polygon) => polygon.map(closedRing)),
    },
  }));
  const collection: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features };
  // Our features' properties are `{}`, never null, as topojson-simplify's types want.
  const built = topology({ boundaries: collection }) as Topology<Objects>;
  const simplified = simplify(keepIslandCorners(presimplify(shareDuplicateRings(built))), minTriangleArea);
  const filtered = filter(simplified, filterAttachedWeight(simplified, minIslandArea));
  const parts = new Map<string, TopoPolygon | TopoMultiPolygon>();
  const boundaries = filtered.objects.boundaries;
  if (boundaries?.type !== 'GeometryCollection')
    throw new Error('topojson-server: expected a GeometryCollection');
  for (const geometry of boundaries.geometries)
    if ((geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && typeof geometry.id === 'string')
      parts.set(geometry.id, geometry);
  return { topology: { ...filtered, arcs: filtered.arcs.map(roundArc) }, parts };
}
