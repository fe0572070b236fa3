/**
 * GeoJSON → CoordinateFile: a FeatureCollection, a single Feature, or a bare Polygon/MultiPolygon.
 *
 * Coordinates stay as filed, (x, y) = (easting or longitude, northing or latitude). Chinese
 * exports often carry projected CGCS2000 coordinates with the pre-RFC 7946 `crs` member
 * (urn:ogc:def:crs:EPSG::4523); its EPSG code becomes declaredCrs.epsg, for crs.ts to weigh
 * against the numbers. A MultiPolygon is one parcel with several parts, like a multi-part
 * shapefile record: its rings are numbered on through the polygons (圈号 1, 2, …), each declared
 * outer or hole as the file structures it, and the ring model (ring-model.ts) decides by
 * containment, as for every format. Never throws.
 */
import { attributeText, parcelIdOf, parcelNameOf } from './feature-attributes';
import type { CoordinateFile, DeclaredCrs, Parcel, Ring } from './model';
import { ProblemList, readProblem } from './read-problem-messages';

export interface ReadGeoJsonOptions {
  readonly fileName?: string;
  readonly encoding?: 'utf-8' | 'gbk';
}

type JsonObject = { readonly [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/uy;
const JSON_LITERAL = /true|false|null/uy;
const JSON_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/uy;

/**
 * Where the first JSON syntax error is (a UTF-16 offset), or -1 when there is none. Only run after
 * JSON.parse has failed: engines word their errors differently and Node 20's V8 often gives no
 * position at all, so the position the message needs is found by this small iterative scanner.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const closers: string[] = [];
  let i = 0;
  let expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  let justOpened = false;
  const string = (): number => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return -1;
      }
      if (c < 0x20) return i;
      if (c === 0x5c) {
        JSON_ESCAPE.lastIndex = i;
        if (!JSON_ESCAPE.test(text)) return i;
        i = JSON_ESCAPE.lastIndex;
      } else i++;
    }
    return n;
  };
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) return expect === 'after' && closers.length === 0 ? -1 : n;
    const c = text[i];
    if (expect === 'value' || expect === 'key') {
      if (justOpened && c === closers[closers.length - 1]) {
        closers.pop();
        i++;
        expect = 'after';
        justOpened = false;
        continue;
      }
      justOpened = false;
      if (c === '"') {
        const bad = string();
        if (bad >= 0) return bad;
        expect = expect === 'key' ? 'colon' : 'after';
        continue;
      }
      if (expect === 'key') return i;
      if (c === '{' || c === '[') {
        closers.push(c === '{' ? '}' : ']');
        i++;
        expect = c === '{' ? 'key' : 'value';
        justOpened = true;
        continue;
      }
      let matched = false;
      for (const re of [JSON_NUMBER, JSON_LITERAL]) {
        re.lastIndex = i;
        if (re.test(text)) {
          i = re.lastIndex;
          matched = true;
          break;
        }
      }
      if (!matched) return i;
      expect = 'after';
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    // After a value: a comma, the closer of the open container, or (at the top) nothing more.
    if (closers.length === 0) return i;
    if (c === ',') {
      i++;
      expect = closers[closers.length - 1] === '}' ? 'key' : 'value';
    } else if (c === closers[closers.length - 1]) {
      closers.pop();
      i++;
    } else return i;
  }
}

/** The 1-based line of the first syntax error; the last line when the scanner finds none (an engine limit such as nesting depth). */
function errorLine(text: string): number {
  const offset = jsonErrorOffset(text);
  const end = offset < 0 ? text.length : Math.min(offset, text.length);
  let line = 1;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** urn:ogc:def:crs:EPSG::4523, EPSG:4523, http://www.opengis.net/def/crs/EPSG/0/4523. */
export function epsgOfCrsName(name: string): number | undefined {
  const match = /EPSG(?::{1,2}|\/0\/|\/)(\d{4,6})\s*$/iu.exec(name.trim());
  return match?.[1] !== undefined ? Number(match[1]) : undefined;
}

function declaredCrsOf(root: JsonObject): DeclaredCrs {
  const crs = root['crs'];
  if (!isObject(crs)) return {};
  const properties = crs['properties'];
  const name = isObject(properties) ? properties['name'] : undefined;
  const epsg = typeof name === 'string' ? epsgOfCrsName(name) : undefined;
  return epsg !== undefined ? { epsg } : {};
}

interface FeatureInput {
  readonly geometry: unknown;
  readonly properties: unknown;
  readonly id: unknown;
}

export function readGeoJson(text: string, options: ReadGeoJsonOptions = {}): CoordinateFile {
  const fileName = options.fileName ?? '';
  const problems = new ProblemList();
  const parcels: Parcel[] = [];
  const result = (declaredCrs: DeclaredCrs): CoordinateFile => {
    if (parcels.length === 0) problems.add(readProblem('geom-parse-error', 'no-parcels', { fileName }));
    return {
      format: 'geojson',
      ...(options.encoding ? { encoding: options.encoding } : {}),
      axisOrder: 'easting-northing',
      header: {},
      declaredCrs,
      parcels,
      problems: problems.list(),
    };
  };

  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    // A stack overflow on absurd nesting is a RangeError: still "not readable JSON".
    const line = errorLine(text);
    problems.add(readProblem('geom-parse-error', 'json-invalid', { line }, { line }));
    return { format: 'geojson', axisOrder: 'easting-northing', header: {}, declaredCrs: {}, parcels, problems: problems.list() };
  }
  if (!isObject(root)) {
    problems.add(readProblem('geom-parse-error', 'geojson-unsupported-type', { type: Array.isArray(root) ? 'Array' : typeof root }));
    return result({});
  }

  const type = root['type'];
  let features: FeatureInput[];
  if (type === 'FeatureCollection') {
    const list = root['features'];
    features = Array.isArray(list)
      ? list.map((f: unknown) =>
          isObject(f) ? { geometry: f['geometry'], properties: f['properties'], id: f['id'] } : { geometry: undefined, properties: undefined, id: undefined },
        )
      : [];
  } else if (type === 'Feature') features = [{ geometry: root['geometry'], properties: root['properties'], id: root['id'] }];
  else if (type === 'Polygon' || type === 'MultiPolygon') features = [{ geometry: root, properties: undefined, id: undefined }];
  else {
    problems.add(readProblem('geom-parse-error', 'geojson-unsupported-type', { type: typeof type === 'string' ? type : '（无）' }));
    return result(declaredCrsOf(root));
  }

  features.forEach((feature, i) => readFeature(feature, i + 1, parcels, problems));
  return result(declaredCrsOf(root));
}

function readFeature(feature: FeatureInput, featureNo: number, parcels: Parcel[], problems: ProblemList): void {
  const geometry = feature.geometry;
  if (!isObject(geometry)) {
    problems.add(readProblem('geom-parse-error', 'geojson-no-geometry', { feature: featureNo }));
    return;
  }
  const type = geometry['type'];
  const coordinates = geometry['coordinates'];
  let polygons: unknown[];
  if (type === 'Polygon') polygons = [coordinates];
  else if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates)) {
      problems.add(readProblem('geom-parse-error', 'geojson-bad-polygon', { feature: featureNo }));
      return;
    }
    polygons = coordinates;
  } else {
    problems.add(readProblem('geom-parse-error', 'geojson-not-polygon', { feature: featureNo, type: typeof type === 'string' ? type : '（无）' }));
    return;
  }

  const attributes: Record<string, string> = {};
  if (isObject(feature.properties)) {
    for (const [key, value] of Object.entries(feature.properties)) {
      const text = attributeText(value);
      if (text !== undefined) attributes[key] = text;
    }
  }
  const featureId = typeof feature.id === 'string' || typeof feature.id === 'number' ? String(feature.id) : undefined;
  const id = parcelIdOf(attributes) ?? featureId;
  const name = parcelNameOf(attributes);

  const parts = polygons.map((polygon) => readPolygon(polygon, featureNo, problems)).filter((rings): rings is Ring[] => rings !== undefined && rings.length > 0);
  if (parts.length === 0 && polygons.every((p) => Array.isArray(p) && p.length === 0)) {
    problems.add(readProblem('geom-parse-error', 'geojson-no-geometry', { feature: featureNo }));
    return;
  }
  if (parts.length === 0) return;
  const index = parcels.length + 1;
  let ringNo = 0;
  parcels.push({
    index,
    id: id ?? String(index),
    name,
    attributes,
    rings: parts.flatMap((rings) => rings.map((ring) => ({ ...ring, ringNo: ++ringNo }))),
  });
}

/** A Polygon's rings: the first the exterior, the others holes, in the file's order; bad positions are reported and skipped. */
function readPolygon(polygon: unknown, featureNo: number, problems: ProblemList): Ring[] | undefined {
  if (!Array.isArray(polygon)) {
    problems.add(readProblem('geom-parse-error', 'geojson-bad-polygon', { feature: featureNo }));
    return undefined;
  }
  const rings: Ring[] = [];
  polygon.forEach((ring: unknown, r) => {
    if (!Array.isArray(ring)) {
      problems.add(readProblem('geom-parse-error', 'geojson-bad-ring', { feature: featureNo, ring: r + 1 }));
      return;
    }
    const coords: number[] = [];
    ring.forEach((position: unknown, p) => {
      const x: unknown = Array.isArray(position) ? position[0] : undefined;
      const y: unknown = Array.isArray(position) ? position[1] : undefined;
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) coords.push(x, y);
      else problems.add(readProblem('geom-parse-error', 'geojson-bad-position', { feature: featureNo, ring: r + 1, point: p + 1 }));
    });
    const n = coords.length / 2;
    rings.push({ ringNo: r + 1, role: r === 0 ? 'outer' : 'hole', coords: Float64Array.from(coords), pointNames: new Array<string>(n).fill(''), lines: new Int32Array(n) });
  });
  return rings;
}
