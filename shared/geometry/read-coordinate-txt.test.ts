import { describe, expect, it } from 'vitest';
import { BRACKETS_UNPREFIXED, MULTI_PARCEL, OLD_DATUM, PROBLEMS, STANDARD, STANDARD_HEADER_LINES, txtBytes } from '../../tests/fixtures/geometry/txt-samples';
import type { CoordinateFile, Parcel } from './model';
import { readCoordinateFile } from './read-coordinate-file';
import { readCoordinateTxt } from './read-coordinate-txt';
import { MAX_LISTED_PROBLEMS } from './read-problem-messages';

/** [ruleId, messageId, line] of every problem: what the tests assert (never wording). */
function problemKeys(file: CoordinateFile): [string, string, number | undefined][] {
  return file.problems.map((p) => [p.ruleId, p.messageId, p.location.line]);
}

function points(parcel: Parcel | undefined, ring = 0): number[][] {
  const r = parcel?.rings[ring];
  if (!r) return [];
  const out: number[][] = [];
  for (let i = 0; i < r.coords.length; i += 2) out.push([r.coords[i] ?? NaN, r.coords[i + 1] ?? NaN]);
  return out;
}

/** The standard header, then `body` from line 13 on ([地块坐标] is line 12). */
function withHeader(body: string): string {
  return `${STANDARD_HEADER_LINES}\n[地块坐标]\n${body}`;
}

describe('readCoordinateTxt: the standard layout (GBK, CRLF)', () => {
  const file = readCoordinateFile(txtBytes(STANDARD), STANDARD.file);

  it('reads the header with its lines and the declared CRS', () => {
    expect(file.format).toBe('txt');
    expect(file.encoding).toBe('gbk');
    expect(file.axisOrder).toBe('northing-easting');
    expect(file.header['坐标系']).toEqual({ value: '2000国家大地坐标系', line: 5 });
    expect(file.header['转换参数']).toEqual({ value: ',,,,,,', line: 11 });
    expect(file.declaredCrs).toEqual({ datum: '2000国家大地坐标系', zoneWidth: 3, zone: 39, projection: '高斯克吕格', unit: '米' });
  });

  it('reads the parcel line and its points as filed, with source lines', () => {
    expect(file.problems).toEqual([]);
    expect(file.parcels).toHaveLength(1);
    const parcel = file.parcels[0];
    expect(parcel).toMatchObject({ index: 1, id: '1', name: '某违法用地', declaredAreaHa: 0.1, declaredAreaDecimals: 4, declaredPointCount: 5, line: 13 });
    expect(parcel?.attributes).toEqual({ 图形属性: '面', 地块用途: '工业用地' });
    expect(parcel?.rings.map((r) => r.ringNo)).toEqual([1]);
    expect(points(parcel)).toEqual([
      [3312345.125, 39512345.25],
      [3312345.125, 39512385.25],
      [3312370.125, 39512385.25],
      [3312370.125, 39512345.25],
      [3312345.125, 39512345.25],
    ]);
    expect(parcel?.rings[0]?.pointNames).toEqual(['J1', 'J2', 'J3', 'J4', 'J1']);
    expect(Array.from(parcel?.rings[0]?.lines ?? [])).toEqual([14, 15, 16, 17, 18]);
  });
});

describe('readCoordinateTxt: dialects', () => {
  it('【】 sections, UTF-8 with a BOM, LF, unprefixed Y, numeric 点号', () => {
    const file = readCoordinateFile(txtBytes(BRACKETS_UNPREFIXED), BRACKETS_UNPREFIXED.file);
    expect(file.encoding).toBe('utf-8');
    expect(file.problems).toEqual([]);
    expect(file.header['格式版本号']?.line).toBe(2);
    const parcel = file.parcels[0];
    expect(parcel).toMatchObject({ id: 'YY-2024-001', name: '某厂房扩建', declaredAreaHa: 0.3, line: 13 });
    expect(parcel?.attributes).toEqual({ 图形属性: '面', 地块用途: '工业用地', 地类编码: '0601' });
    expect(points(parcel)[1]).toEqual([3298000, 512060]);
    expect(parcel?.rings[0]?.pointNames).toEqual(['1', '2', '3', '4', '1']);
  });

  it('several parcels, a hole, fewer and more attribute fields, blank lines and trailing spaces', () => {
    const file = readCoordinateFile(txtBytes(MULTI_PARCEL), MULTI_PARCEL.file);
    expect(file.problems).toEqual([]);
    expect(file.parcels.map((p) => [p.index, p.id, p.line, p.declaredPointCount, p.declaredAreaHa])).toEqual([
      [1, 'DK-01', 13, 10, 0.96],
      [2, 'DK-02', 25, 5, 0.06],
      [3, 'DK-03', 32, 5, 0.125],
    ]);
    const [withHole, fewFields, manyFields] = file.parcels;
    expect(withHole?.rings.map((r) => [r.ringNo, r.pointNames.length])).toEqual([
      [1, 5],
      [2, 5],
    ]);
    expect(Array.from(withHole?.rings[1]?.lines ?? [])).toEqual([19, 20, 21, 22, 23]);
    expect(points(withHole, 1)[0]).toEqual([3312540, 39512540]);
    expect(fewFields?.name).toBe('');
    expect(fewFields?.attributes).toEqual({});
    expect(points(fewFields)[0]).toEqual([3312700, 39512700]);
    expect(manyFields?.attributes).toEqual({ 图形属性: '面', 图幅号: 'H50G038012', 地块用途: '住宅用地', 地类编码: '0702', 字段9: '2023', 字段10: '备注信息' });
  });

  it('CR line endings, UTF-8 without a BOM (the old-datum sample)', () => {
    const file = readCoordinateFile(txtBytes(OLD_DATUM), OLD_DATUM.file);
    expect(file.encoding).toBe('utf-8');
    expect(file.parcels[0]?.rings[0]?.pointNames).toHaveLength(5);
    expect(problemKeys(file)).toEqual([['geom-header-invalid', 'old-datum', 5]]);
  });

  it('the same text reads the same in GBK and UTF-8, CRLF and LF', () => {
    const reference = readCoordinateTxt(MULTI_PARCEL.text);
    for (const encoding of ['gbk', 'utf-8'] as const)
      for (const eol of ['\r\n', '\n', '\r'] as const) {
        const file = readCoordinateFile(txtBytes({ text: MULTI_PARCEL.text, encoding, eol }), 'x.txt');
        expect(file.parcels).toEqual(reference.parcels);
        expect(file.header).toEqual(reference.header);
      }
  });

  it('groups points into rings by 圈号, the rings in the order the file first writes them (geometry decides holes)', () => {
    const file = readCoordinateTxt(
      withHeader(`10,1,A,@
J5,2,10,10
J1,1,0,0
J6,2,10,20
J2,1,0,100
J7,2,20,20
J3,1,100,100
J5,2,10,10
J4,1,100,0
J1,1,0,0
J8,1,0,0
`),
    );
    const parcel = file.parcels[0];
    expect(parcel?.rings.map((r) => r.ringNo)).toEqual([2, 1]);
    expect(parcel?.rings[1]?.pointNames).toEqual(['J1', 'J2', 'J3', 'J4', 'J1', 'J8']);
    expect(Array.from(parcel?.rings[0]?.lines ?? [])).toEqual([14, 16, 18, 20]);
    expect(problemKeys(file)).toEqual([]);
  });

  it('tolerates a separator after @, spaces around fields, tabs and full-width spaces at the ends', () => {
    const file = readCoordinateTxt(withHeader(' 5 , 0.10 , DK , 名 , 面 ,, 用途 ,, @ ,\n\u3000J1 , 1 , 1.5 , 2.5\t\nJ2,1,3,4\nJ3,1,5,6\nJ4,1,7,8\nJ1,1,1.5,2.5\n'));
    expect(problemKeys(file)).toEqual([]);
    expect(file.parcels[0]).toMatchObject({ id: 'DK', name: '名', declaredAreaHa: 0.1, declaredAreaDecimals: 2 });
    expect(points(file.parcels[0])[0]).toEqual([1.5, 2.5]);
  });

  it('keeps a full-width comma inside 地块名称 when the line is well-formed with ASCII commas', () => {
    const file = readCoordinateTxt(withHeader('4,0.1,DK,某公司，某村,面,,工业用地,,@\nJ1,1,0,0\nJ2,1,0,1\nJ3,1,1,1\nJ1,1,0,0\n'));
    expect(problemKeys(file)).toEqual([]);
    expect(file.parcels[0]?.name).toBe('某公司，某村');
  });

  it('accepts header spellings that mean the same (CGCS2000, 3度, Gauss-Kruger, m, full-width digits)', () => {
    const text = STANDARD.text
      .replace('坐标系=2000国家大地坐标系', '坐标系=CGCS2000')
      .replace('几度分带=3', '几度分带=３度')
      .replace('投影类型=高斯克吕格', '投影类型=Gauss-Kruger')
      .replace('计量单位=米', '计量单位=m')
      .replace('带号=39', '带号=39带');
    const file = readCoordinateTxt(text);
    expect(problemKeys(file)).toEqual([]);
    expect(file.declaredCrs).toMatchObject({ zoneWidth: 3, zone: 39, datum: 'CGCS2000' });
  });
});

describe('readCoordinateTxt: every problem, with its line', () => {
  it('the problems sample reports each error at its line, all at once, in line order', () => {
    const file = readCoordinateFile(txtBytes(PROBLEMS), PROBLEMS.file);
    expect(problemKeys(file)).toEqual([
      ['geom-header-invalid', 'old-datum', 5],
      ['geom-header-invalid', 'invalid-value', 6],
      ['geom-header-invalid', 'invalid-value', 7],
      ['geom-header-invalid', 'invalid-value', 8],
      ['geom-parse-error', 'txt-point-before-parcel', 14],
      ['geom-point-count-mismatch', 'point-count-mismatch', 15],
      ['geom-parse-error', 'txt-fullwidth-comma', 17],
      ['geom-parse-error', 'txt-not-number', 18],
      ['geom-parse-error', 'txt-bad-ring-number', 19],
      ['geom-parse-error', 'txt-field-count', 20],
      ['geom-parse-error', 'txt-bad-point-count', 22],
      ['geom-parse-error', 'txt-bad-area', 27],
      ['geom-parse-error', 'txt-parcel-without-points', 33],
      ['geom-parse-error', 'txt-unrecognised-line', 35],
    ]);
    const byLine = new Map(file.problems.map((p) => [p.location.line, p]));
    expect(byLine.get(5)?.data).toMatchObject({ key: '坐标系', value: '1954北京坐标系' });
    expect(byLine.get(6)?.data).toMatchObject({ key: '几度分带', value: '5' });
    expect(byLine.get(15)?.data).toMatchObject({ declared: 7, actual: 6, parcelId: '1' });
    expect(byLine.get(15)?.location).toMatchObject({ parcel: 1, parcelId: '1', line: 15, x: 3312345.125, y: 39512345.25 });
    expect(byLine.get(18)?.data).toMatchObject({ field: 'X', value: 'abc' });
    expect(byLine.get(18)?.location).toMatchObject({ parcel: 1, line: 18 });
    expect(byLine.get(20)?.data).toMatchObject({ count: 3 });
    // Reading went on past every bad line: five parcels, the full-width line's point included.
    expect(file.parcels.map((p) => p.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(file.parcels[0]?.rings[0]?.pointNames).toEqual(['J1', 'J2', 'J1']);
    expect(file.parcels[1]?.declaredPointCount).toBeUndefined();
    expect(file.parcels[2]?.declaredAreaHa).toBeUndefined();
    expect(file.parcels[3]?.rings).toEqual([]);
  });

  it('geom-header-invalid: missing sections, at the first line and at the first parcel line', () => {
    const noSections = readCoordinateTxt('\n\n4,0.1,1,@\nJ1,1,0,0\nJ2,1,0,1\nJ3,1,1,1\nJ1,1,0,0\n');
    expect(problemKeys(noSections)).toEqual([
      ['geom-header-invalid', 'missing-section', 3],
      ['geom-header-invalid', 'missing-section', 3],
    ]);
    expect(noSections.problems.map((p) => p.data['section'])).toEqual(['属性描述', '地块坐标']);
    expect(noSections.parcels).toHaveLength(1);

    const noCoordinates = readCoordinateTxt(STANDARD.text.replace('[地块坐标]\n', ''));
    expect(problemKeys(noCoordinates)).toEqual([['geom-header-invalid', 'missing-section', 12]]);
    expect(noCoordinates.parcels[0]?.rings[0]?.pointNames).toHaveLength(5);

    const noDescription = readCoordinateTxt(STANDARD.text.replace('[属性描述]\n', ''));
    expect(problemKeys(noDescription)).toEqual([['geom-header-invalid', 'missing-section', 1]]);
  });

  it('geom-header-invalid: a missing key is located at the [属性描述] line', () => {
    const file = readCoordinateTxt(`\n${STANDARD.text.replace('计量单位=米\n', '').replace('投影类型=高斯克吕格\n', '')}`);
    expect(problemKeys(file)).toEqual([
      ['geom-header-invalid', 'missing-key', 2],
      ['geom-header-invalid', 'missing-key', 2],
    ]);
    expect(file.problems.map((p) => p.data['key'])).toEqual(['投影类型', '计量单位']);
  });

  it('geom-header-invalid: old datums, a zone width outside {3, 6}, a wrong projection or unit, a 带号 that is not a number', () => {
    const cases: [string, string, string][] = [
      ['坐标系=2000国家大地坐标系', '坐标系=1980西安坐标系', 'old-datum'],
      ['坐标系=2000国家大地坐标系', '坐标系=北京54', 'old-datum'],
      ['坐标系=2000国家大地坐标系', '坐标系=WGS84', 'invalid-value'],
      ['几度分带=3', '几度分带=1.5', 'invalid-value'],
      ['投影类型=高斯克吕格', '投影类型=UTM', 'invalid-value'],
      ['计量单位=米', '计量单位=千米', 'invalid-value'],
      ['带号=39', '带号=三十九', 'invalid-value'],
    ];
    for (const [from, to, messageId] of cases) {
      const file = readCoordinateTxt(STANDARD.text.replace(from, to));
      const line = STANDARD.text.split('\n').indexOf(from) + 1;
      expect(problemKeys(file), to).toEqual([['geom-header-invalid', messageId, line]]);
      expect(file.problems[0]?.data['key']).toBe(to.split('=')[0]);
    }
    // An empty 带号 is not a problem for the header (the zone may come from the Y prefix).
    expect(problemKeys(readCoordinateTxt(STANDARD.text.replace('带号=39', '带号=')))).toEqual([]);
  });

  it('geom-parse-error: a point before any parcel line, and a header line that is not key=value', () => {
    const file = readCoordinateTxt('[属性描述]\n坐标系=2000国家大地坐标系\n这不是属性\n[地块坐标]\nJ1,1,0,0\n5,0.1,1,@\nJ1,1,0,0\n');
    expect(problemKeys(file).filter(([r]) => r === 'geom-parse-error')).toEqual([
      ['geom-parse-error', 'txt-header-line-invalid', 3],
      ['geom-parse-error', 'txt-point-before-parcel', 5],
    ]);
  });

  it('geom-parse-error: a parcel line with fewer than three fields before @', () => {
    const file = readCoordinateTxt(withHeader('5,0.1,@\nJ1,1,0,0\nJ2,1,0,1\nJ3,1,1,1\nJ4,1,1,0\nJ1,1,0,0\n'));
    expect(problemKeys(file)).toEqual([['geom-parse-error', 'txt-parcel-field-count', 13]]);
    expect(file.problems[0]?.data).toMatchObject({ count: 2 });
    expect(file.parcels[0]).toMatchObject({ id: '1', declaredPointCount: 5, declaredAreaHa: 0.1 });
  });

  it('geom-parse-error: a full-width comma on the parcel line too, each line reported once', () => {
    const file = readCoordinateTxt(withHeader('5，0.1，DK，名，面，，用途，，@\nJ1，1，0，0\nJ2,1,0,1\nJ3,1,1,1\nJ4,1,1,0\nJ1,1,0,0\n'));
    expect(problemKeys(file)).toEqual([
      ['geom-parse-error', 'txt-fullwidth-comma', 13],
      ['geom-parse-error', 'txt-fullwidth-comma', 14],
    ]);
    expect(file.parcels[0]).toMatchObject({ id: 'DK', name: '名', declaredPointCount: 5 });
    expect(file.parcels[0]?.rings[0]?.pointNames).toHaveLength(5);
  });

  it('geom-parse-error: a Y that is not a number, a zero 圈号, a point line with three fields', () => {
    const file = readCoordinateTxt(withHeader('5,0.1,1,@\nJ1,1,0,x\nJ2,0,0,1\nJ3,1,1\nJ4,1,1,0\nJ1,1,0,0\n'));
    expect(problemKeys(file)).toEqual([
      ['geom-parse-error', 'txt-not-number', 14],
      ['geom-parse-error', 'txt-bad-ring-number', 15],
      ['geom-parse-error', 'txt-field-count', 16],
    ]);
    expect(file.problems[0]?.data).toMatchObject({ field: 'Y', value: 'x' });
    expect(file.problems[2]?.data).toMatchObject({ count: 3 });
  });

  it('numbers are strict: hex, Infinity, thousands separators and empty fields are not coordinates', () => {
    const file = readCoordinateTxt(withHeader('6,0.1,1,@\nJ1,1,0x10,0\nJ2,1,Infinity,1\nJ3,1,"1,000",1\nJ4,1,,1\nJ5,1,1e3,-2.5\nJ1,1,.5,5.\n'));
    expect(problemKeys(file).map(([, m, l]) => [m, l])).toEqual([
      ['txt-not-number', 14],
      ['txt-not-number', 15],
      ['txt-not-number', 16],
      ['txt-not-number', 17],
    ]);
    expect(points(file.parcels[0])).toEqual([
      [1000, -2.5],
      [0.5, 5],
    ]);
  });

  it('geom-point-count-mismatch: a warning at the @ line, counting closing repeats and unreadable point lines', () => {
    const file = readCoordinateTxt(withHeader('4,0.1,DK,@\nJ1,1,0,0\nJ2,1,0,1\nJ3,1,1,1\nJ4,1,1,0\nJ1,1,0,0\n6,0.1,DK2,@\nJ1,1,0,0\nJ2,1,0,x\nJ3,1,1,1\nJ4,1,1,0\nJ1,1,0,0\n'));
    expect(problemKeys(file)).toEqual(
      [
        ['geom-point-count-mismatch', 'point-count-mismatch', 13],
        ['geom-parse-error', 'txt-not-number', 21],
        ['geom-point-count-mismatch', 'point-count-mismatch', 19],
      ].sort((a, b) => Number(a[2]) - Number(b[2])),
    );
    expect(file.problems.find((p) => p.location.line === 13)?.data).toMatchObject({ declared: 4, actual: 5, parcelId: 'DK' });
    expect(file.problems.find((p) => p.location.line === 19)?.data).toMatchObject({ declared: 6, actual: 5, parcelId: 'DK2' });
  });

  it('geom-parse-error: no parcels at all', () => {
    const file = readCoordinateTxt(`${STANDARD_HEADER_LINES}\n[地块坐标]\n`, { fileName: 'empty.txt' });
    expect(problemKeys(file)).toEqual([['geom-parse-error', 'no-parcels', 12]]);
    expect(file.problems[0]?.data).toEqual({ fileName: 'empty.txt' });
  });

  it('lists at most MAX_LISTED_PROBLEMS line problems, then one too-many-problems with the rest counted', () => {
    const bad = Array.from({ length: MAX_LISTED_PROBLEMS + 20 }, (_, i) => `J${i},1,x,0`).join('\n');
    const file = readCoordinateTxt(withHeader(`5,0.1,1,@\n${bad}\n`));
    const last = file.problems[file.problems.length - 1];
    expect(last).toMatchObject({ ruleId: 'geom-parse-error', messageId: 'too-many-problems', data: { shown: MAX_LISTED_PROBLEMS } });
    expect(file.problems.filter((p) => p.messageId === 'txt-not-number')).toHaveLength(MAX_LISTED_PROBLEMS);
  });

  it('reads hostile long lines in linear time (no pattern that backtracks on runs of spaces)', () => {
    const n = 200_000;
    const hostile = [
      `[${' '.repeat(n)}x`,
      `【${'\t'.repeat(n)}属性描述 x`,
      `a${' '.repeat(n)}=${' '.repeat(n)}`,
      `${', '.repeat(n / 2)}@`,
      `J1,1,${'1'.repeat(n)}${' '.repeat(n)},`,
    ];
    for (const line of hostile) {
      const start = performance.now();
      const file = readCoordinateFile(new TextEncoder().encode(`[属性描述]\n${line}\n${line}\n`), 'hostile.txt');
      expect(performance.now() - start, line.slice(0, 12)).toBeLessThan(1000);
      expect(file.format).toBe('txt');
    }
  });
});

describe('readCoordinateTxt: lines as export tools write them (coordinate-txt.md)', () => {
  const square = 'J1,1,0,0\nJ2,1,0,1\nJ3,1,1,1\nJ4,1,1,0\nJ1,1,0,0\n';

  it('the @ glued to the last value keeps that value; a bare @ starts a parcel without attributes', () => {
    const file = readCoordinateTxt(withHeader(`5,0.1,DK-1,某地,面,,工业用地,0702@\n${square}@\n${square}`));
    expect(problemKeys(file)).toEqual([]);
    expect(file.parcels.map((p) => [p.id, p.attributes['地类编码'], p.declaredPointCount, p.declaredAreaHa, p.rings.length])).toEqual([
      ['DK-1', '0702', 5, 0.1, 1],
      ['2', undefined, undefined, undefined, 1],
    ]);
  });

  it('地块面积: empty is not given; a unit suffix is read and converted to 公顷', () => {
    const file = readCoordinateTxt(withHeader(['5,,A,@', square, '5,2.6708公顷,B,@', square, '5,1234.5平方米,C,@', square, '5,1.5亩,D,@', square, '5,800㎡,E,@', square].join('\n')));
    expect(problemKeys(file)).toEqual([]);
    expect(file.parcels.map((p) => [p.declaredAreaHa, p.declaredAreaUnit])).toEqual([
      [undefined, undefined],
      [2.6708, '公顷'],
      [0.12345, '平方米'],
      [0.1, '亩'],
      [0.08, '平方米'],
    ]);
  });

  it('图形属性 线 and 点 are kept as the parcel shape; 面 and blank are areas', () => {
    const file = readCoordinateTxt(withHeader(['5,0.1,A,甲,线,@', square, '5,0.1,B,乙,点,@', square, '5,0.1,C,丙,面,@', square, '5,0.1,D,丁,,@', square].join('\n')));
    expect(file.parcels.map((p) => p.shape)).toEqual(['线', '点', undefined, undefined]);
  });

  it('部备案 point lines: the columns after Y are ignored', () => {
    const file = readCoordinateTxt(withHeader(`5,0.1,A,@\n${square.replace(/\n/gu, ',12.5,钢钉,\n')}`));
    expect(problemKeys(file)).toEqual([]);
    expect(file.parcels[0]?.rings[0]?.pointNames).toHaveLength(5);
  });

  it('CR CR LF is one line break: line numbers as an editor shows them', () => {
    const file = readCoordinateTxt(withHeader(`5,0.1,A,@\n${square}`).replace(/\n/gu, '\r\r\n'));
    expect(problemKeys(file)).toEqual([]);
    expect(file.parcels[0]?.line).toBe(13);
    expect(Array.from(file.parcels[0]?.rings[0]?.lines ?? [])).toEqual([14, 15, 16, 17, 18]);
  });

  it('［］ sections, [项目信息], a title line, field lists and instruction blocks over several lines are skipped', () => {
    const text = [
      '某县违法用地界址点坐标',
      '［项目信息］',
      '项目名称=某项目',
      '说明文字',
      ...STANDARD_HEADER_LINES.replace('[属性描述]', '［属性描述］').split('\n'),
      '【界址点数,地块面积,地块编号,@】',
      '【填写要求：',
      '坐标须为2000国家大地坐标系】',
      '［地块坐标］',
      `5,0.1,A,@\n${square}`,
    ].join('\n');
    const file = readCoordinateTxt(text);
    expect(problemKeys(file)).toEqual([]);
    expect(file.header['项目名称']).toBeUndefined();
    expect(file.declaredCrs).toMatchObject({ zone: 39, zoneWidth: 3 });
    expect(file.parcels.map((p) => p.rings[0]?.pointNames.length)).toEqual([5]);
  });

  it('header aliases and empty values: 分带=3度带, 坐标系=CGCS2000, 精度= ; 计量单位=度 needs no projection', () => {
    const aliases = readCoordinateTxt(`[属性描述]\n坐标系=CGCS2000\n分带=3度带\n投影类型=高斯-克吕格\n计量单位=米\n带号=39\n精度=\n[地块坐标]\n5,0.1,A,@\n${square}`);
    expect(problemKeys(aliases)).toEqual([]);
    expect(aliases.declaredCrs).toMatchObject({ zoneWidth: 3, zone: 39 });
    const degrees = readCoordinateTxt(`[属性描述]\n坐标系=2000国家大地坐标系\n计量单位=度\n[地块坐标]\n5,0.001,A,@\n${square}`);
    expect(problemKeys(degrees)).toEqual([]);
    expect(degrees.declaredCrs).toMatchObject({ unit: '度' });
  });
});
