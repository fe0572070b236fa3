/**
 * `npm run bench:geometry` (issue 3): our geometry against the references, on the same data in
 * the same run — validity (validity.ts vs jsts IsValidOp and @turf/kinks, with verdict agreement),
 * areas (planar and ellipsoidal vs jsts getArea), single large rings, and batch overlap detection.
 * Never a timed test: the numbers go to bench/results/geometry-<date>.{json,md} with the machine
 * described.
 *
 * Targets: validity ≥ 5 × jsts's throughput with identical verdicts; a 10,000-vertex ring in
 * ≤ 0.5 × jsts's time; overlap detection over 100,000 parcels ≤ 1 s.
 *
 * Environment: BENCH_PARCELS (default 100000), BENCH_SEED.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kinks } from '@turf/kinks';
import type { Feature, Polygon } from 'geojson';
import { INVALIDATING_KINDS } from '../shared/geometry/analysis';
import { ellipsoidalAreaM2, planarAreaM2 } from '../shared/geometry/areas';
import { crsByEpsg, toLonLatArray } from '../shared/geometry/crs';
import { findOverlaps } from '../shared/geometry/overlap';
import { checkValidity } from '../shared/geometry/validity';
import { jstsIntersectionArea, jstsIsValid, jstsPolygon, type JstsPolygon } from '../tests/support/jsts-reference';
import { bigRing, syntheticBatch, type SyntheticParcel } from './synthetic-parcels';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const COUNT = Number(process.env['BENCH_PARCELS'] ?? '100000');
const SEED = Number(process.env['BENCH_SEED'] ?? '20261124');
/** jsts and turf objects are built chunk by chunk (construction untimed) to keep memory bounded. */
const CHUNK = 5000;
const ZONE_39 = crsByEpsg(4527);

function now(): number {
  return performance.now();
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function ourVerdict(rings: readonly Float64Array[]): boolean {
  return !checkValidity(rings).some((issue) => INVALIDATING_KINDS.has(issue.kind));
}

function geoJsonPolygon(rings: readonly Float64Array[]): Feature<Polygon> {
  const coordinates = rings.map((ring) => {
    const points: [number, number][] = [];
    for (let i = 0; i + 1 < ring.length; i += 2) points.push([ring[i] ?? 0, ring[i + 1] ?? 0]);
    return points;
  });
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
}

function inChunks<T>(items: readonly T[], run: (chunk: readonly T[], offset: number) => void): void {
  for (let offset = 0; offset < items.length; offset += CHUNK) run(items.slice(offset, offset + CHUNK), offset);
}

interface Timed<T> {
  ms: number;
  value: T;
}

function timed<T>(fn: () => T): Timed<T> {
  const t0 = now();
  const value = fn();
  return { ms: now() - t0, value };
}

// ---------------------------------------------------------------- data
const generated = timed(() => syntheticBatch({ count: COUNT, seed: SEED, holeRate: 0.1, bowTieRate: 0.02, overlapRate: 0.01, minPoints: 4, maxPoints: 200 }));
const { parcels, plantedOverlaps } = generated.value;
const rings = parcels.map((p) => p.rings);
const vertices = rings.reduce((sum, r) => sum + r.reduce((s, ring) => s + ring.length / 2, 0), 0);
const kinds = parcels.reduce<Record<SyntheticParcel['kind'], number>>((acc, p) => ({ ...acc, [p.kind]: acc[p.kind] + 1 }), { plain: 0, hole: 0, 'bow-tie': 0, overlapping: 0 });
console.log(`${COUNT} 个地块，${vertices} 个点（生成 ${(generated.ms / 1000).toFixed(1)} s）：${JSON.stringify(kinds)}`);

// Warm-up: let every contender's code be compiled before it is timed.
const warm = rings.slice(0, 2000);
for (const r of warm) {
  ourVerdict(r);
  planarAreaM2(r);
  const p = jstsPolygon(r);
  jstsIsValid(p);
  p.getArea();
  kinks(geoJsonPolygon(r));
}

// ---------------------------------------------------------------- validity, 100,000 parcels
const ours = timed(() => rings.map(ourVerdict));
const jstsVerdicts: boolean[] = [];
const turfVerdicts: boolean[] = [];
let jstsMs = 0;
let jstsBuildMs = 0;
let turfMs = 0;
let jstsAreaMs = 0;
const jstsAreas: number[] = [];
inChunks(rings, (chunk) => {
  const built = timed(() => chunk.map((r) => jstsPolygon(r)));
  jstsBuildMs += built.ms;
  const valid = timed(() => built.value.map((p: JstsPolygon) => jstsIsValid(p)));
  jstsMs += valid.ms;
  jstsVerdicts.push(...valid.value);
  const areas = timed(() => built.value.map((p: JstsPolygon) => p.getArea()));
  jstsAreaMs += areas.ms;
  jstsAreas.push(...areas.value);
  const features = chunk.map(geoJsonPolygon);
  const kinked = timed(() => features.map((f) => kinks(f).features.length === 0));
  turfMs += kinked.ms;
  turfVerdicts.push(...kinked.value);
});

let oursAgree = 0;
let turfAgree = 0;
const disagreements: { parcel: number; kind: string; ours: boolean; jsts: boolean }[] = [];
ours.value.forEach((valid, i) => {
  const reference = jstsVerdicts[i] ?? true;
  if (valid === reference) oursAgree += 1;
  else if (disagreements.length < 20) disagreements.push({ parcel: i, kind: parcels[i]?.kind ?? '', ours: valid, jsts: reference });
  if (turfVerdicts[i] === reference) turfAgree += 1;
});
const jstsInvalid = jstsVerdicts.filter((v) => !v).length;
const validity = {
  parcels: COUNT,
  invalidByJsts: jstsInvalid,
  ours: { ms: ours.ms, perSecond: COUNT / (ours.ms / 1000), agreesWithJsts: oursAgree },
  jstsIsValidOp: { ms: jstsMs, perSecond: COUNT / (jstsMs / 1000), buildMs: jstsBuildMs },
  turfKinks: { ms: turfMs, perSecond: COUNT / (turfMs / 1000), agreesWithJsts: turfAgree },
  speedupVsJsts: jstsMs / ours.ms,
  /** Against jsts as a caller with typed arrays would use it: building the geometry, then IsValidOp. */
  speedupVsJstsWithConstruction: (jstsMs + jstsBuildMs) / ours.ms,
  disagreements,
};
console.log(
  `有效性：本实现 ${validity.ours.perSecond.toFixed(0)} 个/秒；jsts IsValidOp ${validity.jstsIsValidOp.perSecond.toFixed(0)} 个/秒（${validity.speedupVsJsts.toFixed(1)} 倍；含构造几何 ${validity.speedupVsJstsWithConstruction.toFixed(1)} 倍）；@turf/kinks ${validity.turfKinks.perSecond.toFixed(0)} 个/秒。与 jsts 结论一致：本实现 ${oursAgree}/${COUNT}，kinks ${turfAgree}/${COUNT}（jsts 判无效 ${jstsInvalid} 个）`,
);

// ---------------------------------------------------------------- areas
const planar = timed(() => rings.map((r) => planarAreaM2(r)));
const ellipsoidal = timed(() => rings.map((r) => (ZONE_39 ? ellipsoidalAreaM2(r.map((ring) => toLonLatArray(ZONE_39, ring))) : Number.NaN)));
let planarAgree = 0;
planar.value.forEach((a, i) => {
  const reference = jstsAreas[i] ?? Number.NaN;
  // Bow-ties have no meaningful area: JTS's signed sum and the shoelace differ there by design.
  if (parcels[i]?.kind === 'bow-tie' || Math.abs(a - reference) <= 1e-6 * Math.max(1, reference)) planarAgree += 1;
});
const areas = {
  planar: { ms: planar.ms, perSecond: COUNT / (planar.ms / 1000), agreesWithJsts: planarAgree },
  ellipsoidalWithProjection: { ms: ellipsoidal.ms, perSecond: COUNT / (ellipsoidal.ms / 1000) },
  jstsGetArea: { ms: jstsAreaMs, perSecond: COUNT / (jstsAreaMs / 1000) },
};
console.log(
  `面积：平面 ${areas.planar.perSecond.toFixed(0)} 个/秒（与 jsts 一致 ${planarAgree}/${COUNT}）；椭球（含投影换算）${areas.ellipsoidalWithProjection.perSecond.toFixed(0)} 个/秒；jsts getArea ${areas.jstsGetArea.perSecond.toFixed(0)} 个/秒`,
);

// ---------------------------------------------------------------- single large rings
const singleRings = [1000, 10000].map((n) => {
  const ring = [bigRing(n, SEED + n)];
  const repeats = n >= 10000 ? 7 : 25;
  const polygon = jstsPolygon(ring);
  const feature = geoJsonPolygon(ring);
  const oursMs: number[] = [];
  const jstsRingMs: number[] = [];
  const turfRingMs: number[] = [];
  let oursValid = true;
  let jstsValid = true;
  let turfValid = true;
  for (let i = 0; i < repeats; i += 1) {
    const o = timed(() => ourVerdict(ring));
    const j = timed(() => jstsIsValid(polygon));
    const t = timed(() => kinks(feature).features.length === 0);
    oursMs.push(o.ms);
    jstsRingMs.push(j.ms);
    turfRingMs.push(t.ms);
    oursValid = o.value;
    jstsValid = j.value;
    turfValid = t.value;
  }
  const entry = {
    vertices: n,
    repeats,
    ours: { medianMs: median(oursMs), valid: oursValid },
    jstsIsValidOp: { medianMs: median(jstsRingMs), valid: jstsValid },
    turfKinks: { medianMs: median(turfRingMs), valid: turfValid },
    ratioToJsts: median(oursMs) / median(jstsRingMs),
  };
  console.log(`单环 ${n} 点：本实现 ${entry.ours.medianMs.toFixed(2)} ms；jsts ${entry.jstsIsValidOp.medianMs.toFixed(2)} ms（${entry.ratioToJsts.toFixed(2)} 倍）；kinks ${entry.turfKinks.medianMs.toFixed(2)} ms`);
  return entry;
});

// ---------------------------------------------------------------- overlaps
const overlapRuns = [0, 1, 2].map(() => timed(() => findOverlaps(rings)));
const found = overlapRuns[0]?.value ?? [];
const foundKeys = new Set(found.map((p) => `${p.a}:${p.b}`));
const plantedFound = plantedOverlaps.filter(([a, b]) => foundKeys.has(`${a}:${b}`)).length;
// jsts's overlay refuses invalid input (a bow-tie): such pairs are counted apart.
let areaAgree = 0;
let areaCompared = 0;
for (const pair of found) {
  const reference = jstsIntersectionArea(rings[pair.a] ?? [], rings[pair.b] ?? []);
  if (reference === undefined) continue;
  areaCompared += 1;
  if (Math.abs(reference - pair.areaM2) <= 1e-6 * Math.max(1, reference)) areaAgree += 1;
}
const overlaps = {
  parcels: COUNT,
  medianMs: median(overlapRuns.map((r) => r.ms)),
  runsMs: overlapRuns.map((r) => r.ms),
  pairsFound: found.length,
  planted: plantedOverlaps.length,
  plantedFound,
  areaAgreesWithJsts: areaAgree,
  areaComparedWithJsts: areaCompared,
};
console.log(`重叠：${COUNT} 个地块 ${overlaps.medianMs.toFixed(0)} ms，找到 ${found.length} 对（预置 ${plantedOverlaps.length} 对，找到 ${plantedFound}）；重叠面积与 jsts 一致 ${areaAgree}/${areaCompared}（其余 ${found.length - areaCompared} 对含无效多边形，jsts 无法计算）`);

// ---------------------------------------------------------------- results
const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  mhz: cpu[0]?.speed ?? 0,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  os: `${platform()} ${release()}`,
};
const targets = {
  validitySpeedupVsJsts: { target: '≥ 5', measured: validity.speedupVsJsts, met: validity.speedupVsJsts >= 5 && oursAgree === COUNT },
  ring10kRatioToJsts: { target: '≤ 0.5', measured: singleRings[1]?.ratioToJsts ?? Number.NaN, met: (singleRings[1]?.ratioToJsts ?? Infinity) <= 0.5 },
  overlap100kMs: { target: '≤ 1000', measured: overlaps.medianMs, met: overlaps.medianMs <= 1000 },
};
const date = new Date().toISOString().slice(0, 10);
const record = { date, machine, seed: SEED, data: { parcels: COUNT, vertices, kinds, generateMs: generated.ms }, validity, areas, singleRings, overlaps, targets };
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, `geometry-${date}.json`), `${JSON.stringify(record, null, 2)}\n`);

const perSecond = (v: number): string => `${Math.round(v).toLocaleString('en-US')}/s`;
const yes = (met: boolean): string => (met ? 'met' : '**not met**');
const md = [
  `# Geometry benchmark, ${date}`,
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}. One process, all contenders on the same data, warmed up; jsts and turf inputs built outside the timings.`,
  '',
  `Data: ${COUNT.toLocaleString('en-US')} synthetic parcels (seed ${SEED}), ${vertices.toLocaleString('en-US')} points, 4–200 points per shell, zone-39 Gauss-Krüger coordinates in millimetres, sparse grid: ${kinds.plain} plain, ${kinds.hole} with a hole, ${kinds['bow-tie']} bow-ties, ${kinds.overlapping} leaning into a neighbour.`,
  '',
  '| measure | ours | jsts | @turf/kinks | target |',
  '|---|---|---|---|---|',
  `| validity, ${COUNT.toLocaleString('en-US')} parcels | ${perSecond(validity.ours.perSecond)}; verdicts = jsts on ${oursAgree}/${COUNT} | IsValidOp ${perSecond(validity.jstsIsValidOp.perSecond)} (${jstsInvalid} invalid); with geometry construction ${perSecond(COUNT / ((jstsMs + jstsBuildMs) / 1000))} | ${perSecond(validity.turfKinks.perSecond)}; = jsts on ${turfAgree}/${COUNT} | ≥ 5 × jsts, same verdicts: ${validity.speedupVsJsts.toFixed(1)} × — ${yes(targets.validitySpeedupVsJsts.met)} |`,
  `| planar area | ${perSecond(areas.planar.perSecond)}; = jsts on ${planarAgree}/${COUNT} | getArea ${perSecond(areas.jstsGetArea.perSecond)} | — | — |`,
  `| ellipsoidal area (with projection to lon/lat) | ${perSecond(areas.ellipsoidalWithProjection.perSecond)} | — | — | — |`,
  ...singleRings.map(
    (r) =>
      `| one ring of ${r.vertices.toLocaleString('en-US')} vertices (median of ${r.repeats}) | ${r.ours.medianMs.toFixed(2)} ms (${r.ours.valid ? 'valid' : 'invalid'}) | ${r.jstsIsValidOp.medianMs.toFixed(2)} ms (${r.jstsIsValidOp.valid ? 'valid' : 'invalid'}) | ${r.turfKinks.medianMs.toFixed(2)} ms | ${r.vertices === 10000 ? `≤ 0.5 × jsts: ${r.ratioToJsts.toFixed(2)} × — ${yes(targets.ring10kRatioToJsts.met)}` : `${r.ratioToJsts.toFixed(2)} × jsts`} |`,
  ),
  `| overlap detection, ${COUNT.toLocaleString('en-US')} parcels (median of 3) | ${overlaps.medianMs.toFixed(0)} ms; ${overlaps.pairsFound} pairs, ${plantedFound}/${overlaps.planted} planted found; areas = jsts overlay on ${areaAgree}/${areaCompared} (${overlaps.pairsFound - areaCompared} with an invalid polygon jsts refuses) | — | — | ≤ 1 s — ${yes(targets.overlap100kMs.met)} |`,
  '',
  disagreements.length > 0 ? `Validity disagreements with jsts (first ${disagreements.length}): ${JSON.stringify(disagreements)}` : 'No validity verdict differs from jsts.',
  '',
];
writeFileSync(join(RESULTS, `geometry-${date}.md`), md.join('\n'));
console.log(`结果已写入 bench/results/geometry-${date}.json 与 .md`);
