#!/usr/bin/env node
// Writes assets/map/southeast-asia.json: the countries of world-atlas
// (Natural Earth, public domain) that reach into a box around Southeast
// Asia, as a small TopoJSON the app decodes itself (core/map_shapes.cpp).
// Run once after `npm ci`; the output is committed, so building the app
// never needs node_modules.
//   node scripts/make-map-shapes.mjs [--resolution 50m|110m] [--out FILE]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const resolution = option("--resolution", "50m");
const out = option("--out", join(root, "assets/map/southeast-asia.json"));

// Lon/lat box: mainland and maritime Southeast Asia with the edges of
// China, India and Australia around it.
const box = { west: 84, east: 150, south: -22, north: 34 };
// Polygons are kept whole, but a country's far-away islands are dropped;
// quantization: 1/100 degree is finer than a pixel at any size we draw.
const grid = 0.01;

const topo = JSON.parse(readFileSync(join(root, `node_modules/world-atlas/countries-${resolution}.json`), "utf8"));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

// Absolute lon/lat points of every arc.
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
const arcOf = (i) => (i < 0 ? arcs[~i] : arcs[i]);
const ringBox = (ring) => {
  const b = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const i of ring)
    for (const [x, y] of arcOf(i)) {
      b.west = Math.min(b.west, x); b.east = Math.max(b.east, x);
      b.south = Math.min(b.south, y); b.north = Math.max(b.north, y);
    }
  return b;
};
// A ring wider than half the globe wraps the antimeridian (Fiji): skip it.
const overlaps = (b) => b.east - b.west < 180 && b.west <= box.east && b.east >= box.west && b.south <= box.north && b.north >= box.south;

// Keep the polygons (outer ring decides) that overlap the box.
const kept = [];
for (const g of topo.objects.countries.geometries) {
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  const inside = polygons.filter((p) => overlaps(ringBox(p[0])));
  if (inside.length && g.id !== undefined) kept.push({ id: g.id, name: g.properties?.name ?? "", polygons: inside });
}

// Re-index the arcs used, re-quantize them on the coarser grid.
const newIndex = new Map();
const outArcs = [];
const origin = [box.west - 40, box.south - 40];  // covers every kept polygon's reach
const q = ([x, y]) => [Math.round((x - origin[0]) / grid), Math.round((y - origin[1]) / grid)];
const useArc = (i) => {
  const k = i < 0 ? ~i : i;
  if (!newIndex.has(k)) {
    const points = [];
    let px = null, py = null;
    for (const p of arcs[k]) {
      const [x, y] = q(p);
      if (x === px && y === py) continue;
      points.push([x, y]);
      px = x; py = y;
    }
    if (points.length === 1) points.push(points[0]);  // arcs need two points
    // Delta-encode, as TopoJSON does.
    let lx = 0, ly = 0;
    outArcs.push(points.map(([x, y]) => { const d = [x - lx, y - ly]; lx = x; ly = y; return d; }));
    newIndex.set(k, outArcs.length - 1);
  }
  const n = newIndex.get(k);
  return i < 0 ? ~n : n;
};

const geometries = kept.map((c) => ({
  type: "MultiPolygon",
  arcs: c.polygons.map((p) => p.map((ring) => ring.map(useArc))),
  id: c.id,
  properties: { name: c.name },
}));

const topology = {
  type: "Topology",
  note: `Natural Earth ${resolution} via world-atlas (public domain), countries near Southeast Asia; made by scripts/make-map-shapes.mjs`,
  box: [box.west, box.south, box.east, box.north],
  transform: { scale: [grid, grid], translate: origin },
  objects: { countries: { type: "GeometryCollection", geometries } },
  arcs: outArcs,
};
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(topology);
writeFileSync(out, text + "\n");
console.log(`${out}: ${geometries.length} countries, ${outArcs.length} arcs, ${(text.length / 1024).toFixed(1)} KB`);
