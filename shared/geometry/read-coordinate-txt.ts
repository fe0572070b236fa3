/**
 * The 国土 coordinate exchange TXT (coordinate-txt.md) → CoordinateFile.
 *
 * Reads every dialect export tools write — section names in [], ［］ or 【】; other sections
 * ([项目信息] …), 【字段名,…,@】 field lists and 【…要求…】 instruction blocks skipped; header
 * aliases (分带=3度带, 坐标系=CGCS2000, empty values, 计量单位=度); 7 to 13 parcel fields, blanks,
 * the `@` glued to the last value or alone on its line; 地块面积 empty, in 公顷, 平方米 or 亩, with
 * or without a unit suffix; 图形属性 面/线/点; 点号 as J1, J01 or 1; extra columns after Y (部备案
 * files: only the first four are read); 圈号 numbering parts or holes in any order (the ring
 * model decides, ring-model.ts); Y with or without the zone prefix (kept as filed); BOM, CR, LF,
 * CRLF, CR CR LF, no final newline — and reports, as data with its 1-based line, every line it
 * cannot read, then keeps going, so that one run lists all the problems of a file. A full-width comma is
 * reported and then read as a comma (the coordinates are plain; only the punctuation is wrong), so
 * one bad character does not cascade into point-count and ring findings. Never throws.
 */
import { SQUARE_METRES_PER, type AreaUnit, type CoordinateFile, type DeclaredCrs, type HeaderEntry, type Parcel, type ReadProblem, type Ring } from './model';
import { excerpt, MAX_LISTED_PROBLEMS, readProblem } from './read-problem-messages';

export interface ReadTxtOptions {
  readonly fileName?: string;
  readonly encoding?: 'utf-8' | 'gbk';
}

// Sections and header entries are recognised by string scanning, not by patterns like
// /^[[【]\s*(.*?)\s*[\]】]$/: adjacent quantifiers over the same characters backtrack
// polynomially on a long line of spaces, and these lines come from untrusted files.

const OPENING_BRACKETS = '[［【';
const CLOSING_BRACKETS = ']］】';

/** `[属性描述]` / `［地块坐标］` / `【地块坐标】` → the name inside the brackets, else undefined. */
function bracketed(line: string): string | undefined {
  const first = line[0] ?? '';
  const last = line[line.length - 1] ?? '';
  if (line.length < 2 || !OPENING_BRACKETS.includes(first) || !CLOSING_BRACKETS.includes(last)) return undefined;
  const inner = line.slice(1, -1);
  for (const c of CLOSING_BRACKETS) if (inner.includes(c)) return undefined;
  return inner.replace(/\s/gu, '');
}

/**
 * A bracketed line that is not a section: a template's field list (`【界址点数,地块面积,…,@】`)
 * or an instruction (`【坐标须为2000国家大地坐标系要求…】`). Section names are short words.
 */
function isTemplateNote(name: string): boolean {
  return /[,，:：。；;、]|要求|说明|注意|填写|格式/u.test(name) || name.length > 12;
}

/**
 * Lines → their texts. A line break is LF, CRLF, a lone CR, or CR CR LF (a CRLF file passed
 * through a converter that added a CR): counted as one break, so line numbers match an editor's.
 * Scanned by hand: a pattern like /\r*\n/ backtracks quadratically on a long run of CRs.
 */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push(text.slice(start, i));
      start = i += 1;
    } else if (c === 13) {
      lines.push(text.slice(start, i));
      if (text.charCodeAt(i + 1) === 10) i += 2;
      else if (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10) i += 3;
      else i += 1;
      start = i;
    } else i += 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/** Header keys as tools spell them → the standard's key. */
const HEADER_ALIASES: Readonly<Record<string, string>> = {
  分带: '几度分带',
  分带方式: '几度分带',
  几度带: '几度分带',
  坐标系统: '坐标系',
  投影方式: '投影类型',
  单位: '计量单位',
  坐标单位: '计量单位',
};

/** 图形属性 → 面 / 线 / 点 (blank or unknown: 面, the standard's only value). */
function shapeOf(value: string): '面' | '线' | '点' {
  const folded = value.normalize('NFKC').toLowerCase();
  if (/^(?:线|线状|线状地物|line|polyline|linestring)$/u.test(folded)) return '线';
  if (/^(?:点|点状|点状地物|point|multipoint)$/u.test(folded)) return '点';
  return '面';
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

/** Unit suffixes of 地块面积 (`2.6708公顷`, `1234㎡`, `1.8亩`), folded (NFKC: ㎡ → m2). */
const AREA_UNITS: readonly (readonly [RegExp, AreaUnit])[] = [
  [/(?:公顷|hm2|ha)$/iu, '公顷'],
  [/(?:平方米|平米|m2|m\^2|sqm)$/iu, '平方米'],
  [/亩$/u, '亩'],
];

/** 地块面积's text → its number and written unit; undefined when it is not a number. */
function readArea(text: string): { value: number; decimals: number; unit?: AreaUnit } | undefined {
  let body = text.normalize('NFKC').replace(/\s/gu, '');
  let unit: AreaUnit | undefined;
  for (const [suffix, name] of AREA_UNITS) {
    if (suffix.test(body)) {
      body = body.replace(suffix, '');
      unit = name;
      break;
    }
  }
  if (!NUMBER.test(body)) return undefined;
  return { value: Number(body), decimals: decimalsOf(body), ...(unit ? { unit } : {}) };
}

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
  readonly declaredAreaUnit?: AreaUnit;
  readonly declaredPointCount?: number;
  readonly shape: '面' | '线' | '点';
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

/** 坐标系 values naming CGCS2000 as tools write it (folded, lower case): 2000国家大地坐标系, CGCS2000, 国家2000坐标系 … */
const CGCS2000 = /cgcs_?2000|2000国家大地|国家2000|^2000坐标系$|^2000国家坐标系$/u;
const OLD_DATUM = /1980|西安|xian|1954|北京|beijing/iu;
const GAUSS_KRUGER = /^(?:高斯[-－·]?克[吕里]格|高斯|gauss[-_·]?kr[uü]e?ger)(?:投影)?$/iu;
const METRE = /^(?:米|m|meters?|metres?)$/iu;
const DEGREE = /^(?:度|°|degrees?|deg)$/iu;

function splitOn(line: string, separator: RegExp): string[] {
  const fields = line.split(separator).map((f) => f.trim());
  // `…,@,` or `…,@ ,`: a trailing separator after the `@` is noise, not a field.
  while (fields.length > 1 && fields[fields.length - 1] === '' && fields[fields.length - 2] === '@') fields.pop();
  return fields;
}

/** A parcel line with its three required fields, or a point line (extra columns after Y allowed). */
function wellFormed(fields: readonly string[]): boolean {
  return (fields[fields.length - 1] === '@' && fields.length >= 4) || fields.length >= 4;
}

/**
 * A parcel line's fields with the `@` as the last field: `…,0702@` (glued) becomes `…,0702` and
 * `@`; a bare `@` line is just `@`. Undefined for a line that is not a parcel line.
 */
function parcelFields(fields: readonly string[]): string[] | undefined {
  const last = fields[fields.length - 1] ?? '';
  if (last === '@') return [...fields];
  if (last.length > 1 && last.endsWith('@')) return [...fields.slice(0, -1), last.slice(0, -1).trim(), '@'];
  return undefined;
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
  const lines = splitLines(text);
  const header: Record<string, HeaderEntry> = {};
  const parcels: Parcel[] = [];
  const lineProblems: ReadProblem[] = [];
  const fileProblems: ReadProblem[] = [];
  let omitted = 0;
  const report = (problem: ReadProblem): void => {
    if (lineProblems.length < MAX_LISTED_PROBLEMS) lineProblems.push(problem);
    else omitted++;
  };

  let section: 'none' | 'header' | 'coords' | 'other' = 'none';
  /** Inside a 【…】 instruction block that spans lines: skipped until its closing 】. */
  let inNote = false;
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
    // Rings in the order the file writes them: which is a hole is decided by geometry (ring-model.ts).
    const rings: Ring[] = [...p.rings.values()]
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
      ...(p.declaredAreaUnit !== undefined ? { declaredAreaUnit: p.declaredAreaUnit } : {}),
      ...(p.declaredPointCount !== undefined ? { declaredPointCount: p.declaredPointCount } : {}),
      ...(p.shape !== '面' ? { shape: p.shape } : {}),
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
    // A bare `@` is a parcel line some tools write without attributes; one or two fields are a broken line.
    if (attrs.length > 0 && attrs.length < 3) report(readProblem('geom-parse-error', 'txt-parcel-field-count', { line: lineNo, count: attrs.length }, at));
    const countText = attrs[0] ?? '';
    const areaText = attrs[1] ?? '';
    let declaredPointCount: number | undefined;
    // Blank values are "not given" (coordinate-txt.md), never a parse error.
    if (INTEGER.test(countText)) declaredPointCount = Number(countText);
    else if (countText !== '') report(readProblem('geom-parse-error', 'txt-bad-point-count', { line: lineNo, value: excerpt(countText) }, at));
    const area = areaText !== '' ? readArea(areaText) : undefined;
    if (areaText !== '' && !area) report(readProblem('geom-parse-error', 'txt-bad-area', { line: lineNo, value: excerpt(areaText) }, at));
    // A value with a unit written after it is converted to 公顷; without one it is taken as the standard's 公顷.
    const declaredAreaHa = area ? (area.unit && area.unit !== '公顷' ? (area.value * SQUARE_METRES_PER[area.unit]) / 10_000 : area.value) : undefined;
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
      ...(declaredAreaHa !== undefined && area ? { declaredAreaHa, declaredAreaDecimals: area.decimals } : {}),
      ...(area?.unit ? { declaredAreaUnit: area.unit } : {}),
      ...(declaredPointCount !== undefined ? { declaredPointCount } : {}),
      shape: shapeOf(attrs[4] ?? ''),
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
    // 部备案 files add 边长, 埋桩 type … after Y: the first four fields are the point.
    if (fields.length < 4) {
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

    if (inNote) {
      if (line.includes('】')) inNote = false;
      continue;
    }
    if (line.startsWith('【') && !line.includes('】')) {
      inNote = true;
      continue;
    }
    const name = bracketed(line);
    if (name !== undefined) {
      if (isTemplateNote(name)) continue;
      finishParcel();
      if (name === '属性描述') {
        section = 'header';
        headerSectionLine ??= lineNo;
      } else if (name === '地块坐标') {
        section = 'coords';
        coordsSectionLine ??= lineNo;
      } else section = 'other'; // [项目信息] and the like: not coordinates, not the header.
      continue;
    }

    // No parcel open and not in [地块坐标]: a header entry (its value may hold commas: 转换参数=,,,,,,).
    const entry = current === undefined && section !== 'coords' ? headerEntry(line) : undefined;
    if (entry) {
      const [written, value] = entry;
      const key = HEADER_ALIASES[written] ?? written;
      if (section !== 'other' && !(key in header)) header[key] = { value, line: lineNo };
      continue;
    }

    const { fields, fullWidth } = splitFields(line);
    // `,,,,` (a template's empty row) carries nothing: a blank line.
    if (fields.every((f) => f === '')) continue;
    if (fullWidth)
      report(readProblem('geom-parse-error', 'txt-fullwidth-comma', { line: lineNo }, { ...(current ? { parcel: current.index, parcelId: current.id } : {}), line: lineNo }));
    const parcelLine = parcelFields(fields);
    if (parcelLine) {
      startParcel(parcelLine, lineNo);
      continue;
    }
    if (current) {
      readPoint(current, fields, line, lineNo);
      continue;
    }
    if (fields.length >= 4) report(readProblem('geom-parse-error', 'txt-point-before-parcel', { line: lineNo }, { line: lineNo }));
    // A title above [属性描述] (某某项目界址点坐标), [项目信息] lines that are not key=value: not coordinates.
    else if (section === 'other' || section === 'none') continue;
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

/**
 * 坐标系, 几度分带, 投影类型, 计量单位 must be there and be CGCS2000 / 3 or 6 / 高斯克吕格 / 米; a
 * filled 带号 must be a number. An empty value is "not stated", not a wrong one (the coordinates
 * still identify the zone). 计量单位=度 is longitude/latitude: no projection or zone applies.
 */
function checkHeaderValues(header: Readonly<Record<string, HeaderEntry>>, sectionLine: number): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const invalid = (key: string, entry: HeaderEntry, expected: string): void => {
    problems.push(readProblem('geom-header-invalid', 'invalid-value', { key, value: excerpt(entry.value), expected, line: entry.line }, { line: entry.line }));
  };
  const required = (key: string): HeaderEntry | undefined => {
    const entry = header[key];
    if (!entry) problems.push(readProblem('geom-header-invalid', 'missing-key', { key }, { line: sectionLine }));
    return entry && fold(entry.value) !== '' ? entry : undefined;
  };
  const unitEntry = header['计量单位'];
  const degrees = unitEntry !== undefined && DEGREE.test(fold(unitEntry.value));

  const datum = required('坐标系');
  if (datum) {
    const value = fold(datum.value).toLowerCase();
    if (!CGCS2000.test(value)) {
      if (OLD_DATUM.test(value))
        problems.push(
          readProblem('geom-header-invalid', 'old-datum', { key: '坐标系', value: excerpt(datum.value), expected: '2000国家大地坐标系', line: datum.line }, { line: datum.line }),
        );
      else invalid('坐标系', datum, '2000国家大地坐标系');
    }
  }
  if (!degrees) {
    const width = required('几度分带');
    if (width) {
      const n = headerInteger(width, ZONE_WIDTH_SUFFIX);
      if (n !== 3 && n !== 6) invalid('几度分带', width, '3 或 6');
    }
    const projection = required('投影类型');
    if (projection && !GAUSS_KRUGER.test(fold(projection.value))) invalid('投影类型', projection, '高斯克吕格');
  }
  const unit = required('计量单位');
  if (unit && !degrees && !METRE.test(fold(unit.value))) invalid('计量单位', unit, '米');
  if (degrees) return problems;
  const zone = header['带号'];
  if (zone && fold(zone.value) !== '' && headerInteger(zone, ZONE_SUFFIX) === undefined) invalid('带号', zone, '整数带号（如 35）');
  return problems;
}
