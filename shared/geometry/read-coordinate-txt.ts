/**
 * The 国土 coordinate exchange TXT (../shared/domain/coordinate-txt.md) → CoordinateFile.
 *
 * Reads every dialect met in practice — 【】 section brackets, more or fewer attribute fields
 * before `@`, 点号 as J1 or 1, Y with or without the zone prefix (kept as filed), blank lines,
 * trailing spaces, CR/LF/CRLF — and reports, as data with its 1-based line, every line it cannot
 * read, then keeps going, so that one run lists all the problems of a file. A full-width comma is
 * reported and then read as a comma (the coordinates are plain; only the punctuation is wrong), so
 * one bad character does not cascade into point-count and ring findings. Never throws.
 */
import type { CoordinateFile, DeclaredCrs, HeaderEntry, Parcel, ReadProblem, Ring } from './model';
import { excerpt, MAX_LISTED_PROBLEMS, readProblem } from './read-problem-messages';

export interface ReadTxtOptions {
  readonly fileName?: string;
  readonly encoding?: 'utf-8' | 'gbk';
}

// Sections and header entries are recognised by string scanning, not by patterns like
// /^[[【]\s*(.*?)\s*[\]】]$/: adjacent quantifiers over the same characters backtrack
// polynomially on a long line of spaces, and these lines come from untrusted files.

/** `[属性描述]` / `【地块坐标】` → the name inside the brackets, else undefined. */
function sectionName(line: string): string | undefined {
  const first = line[0];
  const last = line[line.length - 1];
  if (line.length < 2 || (first !== '[' && first !== '【') || (last !== ']' && last !== '】')) return undefined;
  const inner = line.slice(1, -1);
  return inner.includes(']') || inner.includes('】') ? undefined : inner.replace(/\s/gu, '');
}

/** `key=value` (or ＝) whose key holds no comma → [key, value], trimmed. */
function headerEntry(line: string): [string, string] | undefined {
  const ascii = line.indexOf('=');
  const wide = line.indexOf('＝');
  const at = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  if (at <= 0) return undefined;
  const key = line.slice(0, at).trim();
  if (key === '' || key.includes(',') || key.includes('，')) return undefined;
  return [key, line.slice(at + 1).trim()];
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;
const INTEGER = /^\d+$/u;

/** The parcel line's fields before `@`, in the standard's order; the first three are required. */
const PARCEL_FIELDS = ['界址点数', '地块面积', '地块编号', '地块名称', '图形属性', '图幅号', '地块用途', '地类编码'] as const;

interface RingBuilder {
  readonly ringNo: number;
  readonly coords: number[];
  readonly names: string[];
  readonly lines: number[];
}

interface ParcelBuilder {
  readonly index: number;
  readonly line: number;
  readonly id: string;
  readonly name: string;
  readonly declaredAreaHa?: number;
  readonly declaredAreaDecimals?: number;
  readonly declaredPointCount?: number;
  readonly attributes: Record<string, string>;
  readonly rings: Map<number, RingBuilder>;
  /** Lines after the `@` line that were read as points, good or bad (what 界址点数 counts). */
  pointLines: number;
}

/** Decimals written in a number's text: 0.0765 → 4, 12 → 0. */
function decimalsOf(text: string): number {
  const mantissa = text.split(/[eE]/u)[0] ?? '';
  const dot = mantissa.indexOf('.');
  return dot < 0 ? 0 : mantissa.length - dot - 1;
}

/** Header values compared leniently: full-width digits and letters folded (NFKC), spaces dropped. */
function fold(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, '');
}

const CGCS2000_NAMES = new Set(['2000国家大地坐标系', 'cgcs2000', 'cgcs2000坐标系', 'cgcs2000国家大地坐标系']);
const OLD_DATUM = /1980|西安|xian|1954|北京|beijing/iu;
const GAUSS_KRUGER = /^(?:高斯克吕格|gauss[-_·]?kr[uü]e?ger)(?:投影)?$/iu;
const METRE = /^(?:米|m|meters?|metres?)$/iu;

function splitOn(line: string, separator: RegExp): string[] {
  const fields = line.split(separator).map((f) => f.trim());
  // `…,@,` or `…,@ ,`: a trailing separator after the `@` is noise, not a field.
  while (fields.length > 1 && fields[fields.length - 1] === '' && fields[fields.length - 2] === '@') fields.pop();
  return fields;
}

/** A parcel line with its three required fields, or a point line. */
function wellFormed(fields: readonly string[]): boolean {
  return (fields[fields.length - 1] === '@' && fields.length >= 4) || fields.length === 4;
}

/**
 * A line's fields. A full-width comma is a punctuation error only where it stands for a separator:
 * 地块名称 may legitimately contain one (某公司，某村), so the line is re-split on it, and the
 * comma reported, only when the ASCII split does not already give a well-formed line.
 */
function splitFields(line: string): { readonly fields: string[]; readonly fullWidth: boolean } {
  const ascii = splitOn(line, /,/u);
  if (!line.includes('，') || wellFormed(ascii)) return { fields: ascii, fullWidth: false };
  const both = splitOn(line, /[,，]/u);
  return both.length > ascii.length ? { fields: both, fullWidth: true } : { fields: ascii, fullWidth: false };
}

export function readCoordinateTxt(text: string, options: ReadTxtOptions = {}): CoordinateFile {
  const fileName = options.fileName ?? '';
  const lines = text.split(/\r\n|\r|\n/u);
  const header: Record<string, HeaderEntry> = {};
  const parcels: Parcel[] = [];
  const lineProblems: ReadProblem[] = [];
  const fileProblems: ReadProblem[] = [];
  let omitted = 0;
  const report = (problem: ReadProblem): void => {
    if (lineProblems.length < MAX_LISTED_PROBLEMS) lineProblems.push(problem);
    else omitted++;
  };

  let section: 'none' | 'header' | 'coords' = 'none';
  let headerSectionLine: number | undefined;
  let coordsSectionLine: number | undefined;
  let firstContentLine: number | undefined;
  let firstParcelLine: number | undefined;
  let lastContentLine = 0;
  let current: ParcelBuilder | undefined;

  const finishParcel = (): void => {
    if (!current) return;
    const p = current;
    current = undefined;
    const rings: Ring[] = [...p.rings.values()]
      // 圈号 1 is the outer ring: downstream code takes rings[0] as the shell (planar-rings.ts).
      .sort((a, b) => a.ringNo - b.ringNo)
      .map((r) => ({ ringNo: r.ringNo, coords: Float64Array.from(r.coords), pointNames: r.names, lines: Int32Array.from(r.lines) }));
    const location = { parcel: p.index, parcelId: p.id, line: p.line };
    const pointsRead = rings.reduce((n, r) => n + r.pointNames.length, 0);
    if (p.pointLines === 0) report(readProblem('geom-parse-error', 'txt-parcel-without-points', { line: p.line, parcelId: p.id }, location));
    else if (p.declaredPointCount !== undefined && p.declaredPointCount !== p.pointLines) {
      const first = rings[0];
      report(
        readProblem(
          'geom-point-count-mismatch',
          'point-count-mismatch',
          { line: p.line, parcelId: p.id, declared: p.declaredPointCount, actual: p.pointLines },
          { ...location, ...(first && pointsRead > 0 ? { x: first.coords[0] ?? Number.NaN, y: first.coords[1] ?? Number.NaN } : {}) },
        ),
      );
    }
    parcels.push({
      index: p.index,
      id: p.id,
      name: p.name,
      ...(p.declaredAreaHa !== undefined ? { declaredAreaHa: p.declaredAreaHa, declaredAreaDecimals: p.declaredAreaDecimals ?? 0 } : {}),
      ...(p.declaredPointCount !== undefined ? { declaredPointCount: p.declaredPointCount } : {}),
      line: p.line,
      attributes: p.attributes,
      rings,
    });
  };

  const startParcel = (fields: readonly string[], lineNo: number): void => {
    finishParcel();
    const index = parcels.length + 1;
    const attrs = fields.slice(0, -1);
    const idText = attrs[2] ?? '';
    const id = idText !== '' ? idText : String(index);
    const at = { parcel: index, parcelId: id, line: lineNo };
    if (attrs.length < 3) report(readProblem('geom-parse-error', 'txt-parcel-field-count', { line: lineNo, count: attrs.length }, at));
    const countText = attrs[0] ?? '';
    const areaText = attrs[1] ?? '';
    let declaredPointCount: number | undefined;
    if (INTEGER.test(countText)) declaredPointCount = Number(countText);
    else if (attrs.length >= 1) report(readProblem('geom-parse-error', 'txt-bad-point-count', { line: lineNo, value: excerpt(countText) }, at));
    let declaredAreaHa: number | undefined;
    if (NUMBER.test(areaText)) declaredAreaHa = Number(areaText);
    else if (attrs.length >= 2) report(readProblem('geom-parse-error', 'txt-bad-area', { line: lineNo, value: excerpt(areaText) }, at));
    const attributes: Record<string, string> = {};
    for (let i = 4; i < attrs.length; i++) {
      const value = attrs[i] ?? '';
      if (value !== '') attributes[PARCEL_FIELDS[i] ?? `字段${i + 1}`] = value;
    }
    current = {
      index,
      line: lineNo,
      id,
      name: attrs[3] ?? '',
      ...(declaredAreaHa !== undefined ? { declaredAreaHa, declaredAreaDecimals: decimalsOf(areaText) } : {}),
      ...(declaredPointCount !== undefined ? { declaredPointCount } : {}),
      attributes,
      rings: new Map(),
      pointLines: 0,
    };
    firstParcelLine ??= lineNo;
  };

  const readPoint = (parcel: ParcelBuilder, fields: readonly string[], line: string, lineNo: number): void => {
    parcel.pointLines++;
    const at = { parcel: parcel.index, parcelId: parcel.id, line: lineNo };
    if (fields.length === 1) {
      report(readProblem('geom-parse-error', 'txt-unrecognised-line', { line: lineNo, text: excerpt(line) }, at));
      return;
    }
    if (fields.length !== 4) {
      report(readProblem('geom-parse-error', 'txt-field-count', { line: lineNo, count: fields.length }, at));
      return;
    }
    const [name = '', ringText = '', xText = '', yText = ''] = fields;
    if (!INTEGER.test(ringText) || Number(ringText) < 1) {
      report(readProblem('geom-parse-error', 'txt-bad-ring-number', { line: lineNo, value: excerpt(ringText) }, at));
      return;
    }
    for (const [field, value] of [
      ['X', xText],
      ['Y', yText],
    ] as const) {
      if (!NUMBER.test(value)) {
        report(readProblem('geom-parse-error', 'txt-not-number', { line: lineNo, field, value: excerpt(value) }, at));
        return;
      }
    }
    const ringNo = Number(ringText);
    let ring = parcel.rings.get(ringNo);
    if (!ring) {
      ring = { ringNo, coords: [], names: [], lines: [] };
      parcel.rings.set(ringNo, ring);
    }
    ring.coords.push(Number(xText), Number(yText));
    ring.names.push(name);
    ring.lines.push(lineNo);
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] ?? '').replace(/^\uFEFF/u, '').trim();
    if (line === '') continue;
    firstContentLine ??= lineNo;
    lastContentLine = lineNo;

    const name = sectionName(line);
    if (name !== undefined) {
      finishParcel();
      if (name === '属性描述') {
        section = 'header';
        headerSectionLine ??= lineNo;
      } else if (name === '地块坐标') {
        section = 'coords';
        coordsSectionLine ??= lineNo;
      } else report(readProblem('geom-parse-error', 'txt-unknown-section', { line: lineNo, section: excerpt(name) }, { line: lineNo }));
      continue;
    }

    // No parcel open and not in [地块坐标]: a header entry (its value may hold commas: 转换参数=,,,,,,).
    const entry = current === undefined && section !== 'coords' ? headerEntry(line) : undefined;
    if (entry) {
      const [key, value] = entry;
      if (!(key in header)) header[key] = { value, line: lineNo };
      continue;
    }

    const { fields, fullWidth } = splitFields(line);
    if (fullWidth)
      report(readProblem('geom-parse-error', 'txt-fullwidth-comma', { line: lineNo }, { ...(current ? { parcel: current.index, parcelId: current.id } : {}), line: lineNo }));
    if (fields[fields.length - 1] === '@') {
      startParcel(fields, lineNo);
      continue;
    }
    if (current) {
      readPoint(current, fields, line, lineNo);
      continue;
    }
    if (fields.length === 4) report(readProblem('geom-parse-error', 'txt-point-before-parcel', { line: lineNo }, { line: lineNo }));
    else if (section === 'header') report(readProblem('geom-parse-error', 'txt-header-line-invalid', { line: lineNo, text: excerpt(line) }, { line: lineNo }));
    else report(readProblem('geom-parse-error', 'txt-unrecognised-line', { line: lineNo, text: excerpt(line) }, { line: lineNo }));
  }
  finishParcel();

  // Sections and header values (geom-header-invalid).
  const headerProblems: ReadProblem[] = [];
  const sawHeader = headerSectionLine !== undefined || Object.keys(header).length > 0;
  if (headerSectionLine === undefined) headerProblems.push(readProblem('geom-header-invalid', 'missing-section', { section: '属性描述' }, { line: firstContentLine ?? 1 }));
  if (coordsSectionLine === undefined)
    headerProblems.push(readProblem('geom-header-invalid', 'missing-section', { section: '地块坐标' }, { line: firstParcelLine ?? Math.max(1, lastContentLine) }));
  if (sawHeader) headerProblems.push(...checkHeaderValues(header, headerSectionLine ?? firstContentLine ?? 1));

  if (parcels.length === 0 && firstContentLine !== undefined) fileProblems.push(readProblem('geom-parse-error', 'no-parcels', { fileName }, { line: lastContentLine }));
  if (omitted > 0) fileProblems.push(readProblem('geom-parse-error', 'too-many-problems', { shown: MAX_LISTED_PROBLEMS, omitted }, {}));

  const problems = [...headerProblems, ...lineProblems]
    .map((p, order) => ({ p, order }))
    .sort((a, b) => (a.p.location.line ?? 0) - (b.p.location.line ?? 0) || a.order - b.order)
    .map(({ p }) => p);

  return {
    format: 'txt',
    ...(options.encoding ? { encoding: options.encoding } : {}),
    axisOrder: 'northing-easting',
    header,
    declaredCrs: declaredCrsOf(header),
    parcels,
    problems: [...problems, ...fileProblems],
  };
}

function headerInteger(entry: HeaderEntry | undefined, suffix: RegExp): number | undefined {
  if (!entry) return undefined;
  const folded = fold(entry.value).replace(suffix, '');
  return INTEGER.test(folded) ? Number(folded) : undefined;
}

const ZONE_WIDTH_SUFFIX = /度带?$|带$/u;
const ZONE_SUFFIX = /^第|带$/gu;

function declaredCrsOf(header: Readonly<Record<string, HeaderEntry>>): DeclaredCrs {
  const datum = header['坐标系']?.value;
  const projection = header['投影类型']?.value;
  const unit = header['计量单位']?.value;
  const zoneWidth = headerInteger(header['几度分带'], ZONE_WIDTH_SUFFIX);
  const zone = headerInteger(header['带号'], ZONE_SUFFIX);
  return {
    ...(datum !== undefined && datum !== '' ? { datum } : {}),
    ...(zoneWidth !== undefined ? { zoneWidth } : {}),
    ...(zone !== undefined ? { zone } : {}),
    ...(projection !== undefined && projection !== '' ? { projection } : {}),
    ...(unit !== undefined && unit !== '' ? { unit } : {}),
  };
}

/** 坐标系, 几度分带, 投影类型, 计量单位 must be there and be CGCS2000 / 3 or 6 / 高斯克吕格 / 米; a filled 带号 must be a number. */
function checkHeaderValues(header: Readonly<Record<string, HeaderEntry>>, sectionLine: number): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const invalid = (key: string, entry: HeaderEntry, expected: string): void => {
    problems.push(readProblem('geom-header-invalid', 'invalid-value', { key, value: excerpt(entry.value), expected, line: entry.line }, { line: entry.line }));
  };
  const required = (key: string): HeaderEntry | undefined => {
    const entry = header[key];
    if (!entry) problems.push(readProblem('geom-header-invalid', 'missing-key', { key }, { line: sectionLine }));
    return entry;
  };

  const datum = required('坐标系');
  if (datum) {
    const value = fold(datum.value).toLowerCase();
    if (!CGCS2000_NAMES.has(value)) {
      if (OLD_DATUM.test(value))
        problems.push(
          readProblem('geom-header-invalid', 'old-datum', { key: '坐标系', value: excerpt(datum.value), expected: '2000国家大地坐标系', line: datum.line }, { line: datum.line }),
        );
      else invalid('坐标系', datum, '2000国家大地坐标系');
    }
  }
  const width = required('几度分带');
  if (width) {
    const n = headerInteger(width, ZONE_WIDTH_SUFFIX);
    if (n !== 3 && n !== 6) invalid('几度分带', width, '3 或 6');
  }
  const projection = required('投影类型');
  if (projection && !GAUSS_KRUGER.test(fold(projection.value))) invalid('投影类型', projection, '高斯克吕格');
  const unit = required('计量单位');
  if (unit && !METRE.test(fold(unit.value))) invalid('计量单位', unit, '米');
  const zone = header['带号'];
  if (zone && fold(zone.value) !== '' && headerInteger(zone, ZONE_SUFFIX) === undefined) invalid('带号', zone, '整数带号（如 35）');
  return problems;
}
