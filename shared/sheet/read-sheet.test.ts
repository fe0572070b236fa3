import { describe, expect, it } from 'vitest';
import { areaOf, dateOf, numberOf, textOf, yesNoOf } from '../model/patch-record';
import type { FieldValue } from '../model/field-value';
import { allRows, bookBytes, mappedFields, NATIONAL, profileWith, readOk, type SheetSpec } from './testing/build';

/** The layout fields.md describes: title, unit line, three header rows with merged groups, blank and 合计 rows. */
const COUNTY_REPORT: SheetSpec = {
  name: '核查情况',
  rows: [
    ['XX县2023年第二季度卫片执法图斑核查情况表'],
    ['(单位：亩)'],
    ['序号', '图斑编号', '监测面积', '核查情况', null, null, null, null, null, '备注'],
    [null, null, null, '判定类型', '拆除复耕', null, '违法用地', null, '违法类型', null],
    [null, null, null, null, '面积', '其中耕地', '面积（公顷）', '其中耕地', null, null],
    [1, 'A001', '12.5', '违法', 1.2, 0.5, 0.08, 0.03, '乱占耕地建房', '备注一'],
    [],
    [2, 'A002', 3, '合法', null, null, null, null, null, null],
    [3, null, null, null, null, null, null, null, null, null],
    [4, 'A003', '0.75', '其他', null, null, null, null, null, null],
    ['合计', null, 16.25, null, 1.2, 0.5, 0.08, 0.03, null, null],
  ],
  merges: ['A1:J1', 'A2:J2', 'A3:A5', 'B3:B5', 'C3:C5', 'D3:I3', 'J3:J5', 'D4:D5', 'E4:F4', 'G4:H4', 'I4:I5'],
};

function area(value: FieldValue | undefined): readonly { unit: string; value: number }[] {
  return value?.kind === 'area' ? value.readings.map((r) => ({ unit: r.unit, value: r.value })) : [];
}

describe('readSheet: a county report with title, unit line and a three-row merged header', () => {
  const sheet = readOk(bookBytes(COUNTY_REPORT));

  it('finds the header band under the title and unit line', () => {
    expect(sheet.fileKind).toBe('xlsx');
    expect(sheet.encoding).toBeUndefined();
    expect(sheet.sheetName).toBe('核查情况');
    expect(sheet.worksheetName).toBe('核查情况');
    expect(sheet.headerRows).toEqual({ first: 3, last: 5 });
    expect(sheet.titleText).toBe('XX县2023年第二季度卫片执法图斑核查情况表\n(单位：亩)');
    expect(sheet.titleYear).toBe(2023);
    expect(sheet.unitLine).toMatchObject({ areaUnit: 'mu' });
    expect(sheet.lastColumn).toBe(9);
  });

  it('reads sub-headers in the context of their merged group', () => {
    expect(mappedFields(sheet)).toEqual({
      patchId: 'B',
      'areaMonitored@mu': 'C',
      verdict: 'D',
      'reclaimedArea@mu': 'E',
      'reclaimedCultivated@mu': 'F',
      'violationArea@ha': 'G',
      'violationCultivated@mu': 'H',
      violationType: 'I',
      remark: 'J',
    });
    const byLetter = Object.fromEntries(sheet.mapping.map((m) => [m.columnLetter, m]));
    expect(byLetter['A']).toMatchObject({ column: 0, header: '序号', status: 'unmapped' });
    expect(byLetter['E']).toMatchObject({ header: '核查情况 / 拆除复耕 / 面积', unitSource: 'unit-line' });
    expect(byLetter['G']).toMatchObject({ header: '核查情况 / 违法用地 / 面积（公顷）', unitSource: 'header' });
    expect(byLetter['B']?.header).toBe('图斑编号');
    expect([...sheet.present].sort()).toEqual(
      ['areaMonitored', 'patchId', 'reclaimedArea', 'reclaimedCultivated', 'remark', 'verdict', 'violationArea', 'violationCultivated', 'violationType'].sort(),
    );
  });

  it('skips blank and 合计 rows and keeps Excel row numbers', () => {
    expect(sheet.skipped).toEqual({ blank: 2, total: 1, totalRows: [11], notes: 0, noteRows: [] });
    expect(sheet.dataRowCount).toBe(3);
    const rows = allRows(sheet);
    expect(rows.map((r) => r.excelRow)).toEqual([6, 8, 10]);
    expect(rows.map((r) => textOf(r.record, 'patchId'))).toEqual(['A001', 'A002', 'A003']);
  });

  it('normalises values with the column units', () => {
    const [first] = allRows(sheet);
    const record = first?.record;
    expect(record).toBeDefined();
    if (!record) return;
    expect(area(record.values.areaMonitored)).toEqual([{ unit: 'mu', value: 12.5 }]);
    expect(area(record.values.violationArea)).toEqual([{ unit: 'ha', value: 0.08 }]);
    expect(areaOf(record, 'violationArea', 'mu')).toBeCloseTo(1.2, 10);
    expect(textOf(record, 'violationType')).toBe('乱占耕地建房');
    expect(record.present).toBe(sheet.present);
  });

  it('iterates rows() afresh each time', () => {
    expect(allRows(sheet).length).toBe(3);
    expect(allRows(sheet).map((r) => r.excelRow)).toEqual([6, 8, 10]);
  });

  it('reads the same layout from an .xls (BIFF8) file', () => {
    const xls = readOk(bookBytes(COUNTY_REPORT, { bookType: 'biff8' }), '核查.xls');
    expect(xls.fileKind).toBe('xls');
    expect(mappedFields(xls)).toEqual(mappedFields(sheet));
    expect(xls.headerRows).toEqual(sheet.headerRows);
    expect(allRows(xls).map((r) => r.excelRow)).toEqual([6, 8, 10]);
    expect(xls.skipped).toEqual(sheet.skipped);
  });

  it('keeps the workbook for the annotated output', () => {
    expect(sheet.workbook?.SheetNames).toEqual(['核查情况']);
    expect(sheet.workbook?.Sheets['核查情况']?.['!data']).toBeDefined();
  });
});

describe('readSheet: group contexts', () => {
  it('reads 面积 and 其中耕地 under 拆除复耕, 违法用地, 完善用地 and 监测 groups (two header rows)', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['图斑编号', '监测图斑', null, '违法用地', null, null, '拆除复垦', null, null, '完善用地手续', null],
          [null, '面积', '其中耕地', '面积', '其中耕地', '其中永久基本农田', '面积', '耕地面积', '其中基本农田', '面积', '其中耕地'],
          ['A1', 10, 5, 4, 3, 1, 2, 1, 0.5, 1, 1],
        ],
        merges: ['A1:A2', 'B1:C1', 'D1:F1', 'G1:I1', 'J1:K1'],
      }),
    );
    expect(sheet.headerRows).toEqual({ first: 1, last: 2 });
    expect(mappedFields(sheet)).toEqual({
      patchId: 'A',
      areaMonitored: 'B',
      areaCultivated: 'C',
      violationArea: 'D',
      violationCultivated: 'E',
      violationFarmland: 'F',
      reclaimedArea: 'G',
      reclaimedCultivated: 'H',
      reclaimedFarmland: 'I',
      legalisedArea: 'J',
      legalisedCultivated: 'K',
    });
  });

  it('reads 其中耕地 outside any group as areaCultivated', () => {
    const sheet = readOk(bookBytes({ rows: [['图斑编号', '监测面积', '其中耕地', '其中永久基本农田'], ['A1', 10, 5, 1]] }));
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', areaMonitored: 'B', areaCultivated: 'C', areaFarmland: 'D' });
    expect(sheet.headerRows).toEqual({ first: 1, last: 1 });
  });

  it('does not read a title containing 违法 as a group over the header', () => {
    const sheet = readOk(
      bookBytes({
        rows: [['XX县违法用地图斑核查情况表'], ['图斑编号', '监测面积', '其中耕地'], ['A1', 10, 5]],
        merges: ['A1:C1'],
      }),
    );
    expect(sheet.headerRows).toEqual({ first: 2, last: 2 });
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', areaMonitored: 'B', areaCultivated: 'C' });
    expect(sheet.titleText).toBe('XX县违法用地图斑核查情况表');
  });

  it('reads a CSV-like header without merges: groups spread over the empty cells to their right', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['图斑编号', '监测面积', '拆除复耕', null, '违法用地', null, '备注'],
          [null, null, '面积', '其中耕地', '面积', '其中耕地', null],
          ['A1', 10, 2, 1, 4, 3, 'x'],
        ],
      }),
    );
    expect(sheet.headerRows).toEqual({ first: 1, last: 2 });
    expect(mappedFields(sheet)).toEqual({
      patchId: 'A',
      areaMonitored: 'B',
      reclaimedArea: 'C',
      reclaimedCultivated: 'D',
      violationArea: 'E',
      violationCultivated: 'F',
      remark: 'G',
    });
    expect(sheet.mapping[3]?.header).toBe('拆除复耕 / 其中耕地');
  });

  it('finds a header whose label row is below a generic merged group (基本信息 / 核查情况)', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['图斑核查表'],
          ['基本信息', null, null, '核查情况', null, null],
          ['图斑编号', '乡镇', '监测面积', '判定类型', '整改措施', '是否立案'],
          ['A1', '城关镇', 3, '违法', '拆除', '是'],
        ],
        merges: ['A1:F1', 'A2:C2', 'D2:F2'],
      }),
    );
    expect(sheet.headerRows).toEqual({ first: 2, last: 3 });
    expect(sheet.titleText).toBe('图斑核查表');
    expect(sheet.mapping.map((m) => m.header)).toEqual(['基本信息 / 图斑编号', '基本信息 / 乡镇', '基本信息 / 监测面积', '核查情况 / 判定类型', '核查情况 / 整改措施', '核查情况 / 是否立案']);
    expect(Object.keys(mappedFields(sheet))).toEqual(['patchId', 'town', 'areaMonitored', 'verdict', 'rectMeasure', 'caseFiled']);
  });

  it('treats the second column of a horizontally merged label as a continuation, not a duplicate', () => {
    const sheet = readOk(bookBytes({ rows: [['图斑编号', '土地坐落', null, '备注'], ['A1', '城关镇', '东关村', '']] , merges: ['B1:C1'] }));
    expect(sheet.mapping.map((m) => `${m.columnLetter}:${m.field ?? '-'}:${m.status}`)).toEqual(['A:patchId:mapped', 'B:location:mapped', 'C:-:unmapped', 'D:remark:mapped']);
    expect(sheet.mapping[2]?.header).toBe('土地坐落');
  });
});

describe('readSheet: units', () => {
  it('takes the unit from the header, else the unit line, else none (the profile unit applies)', () => {
    const withLine = readOk(bookBytes({ rows: [['单位：公顷'], ['图斑编号', '监测面积（亩）', '耕地面积'], ['A1', 15, 0.5]] }));
    expect(mappedFields(withLine)).toEqual({ patchId: 'A', 'areaMonitored@mu': 'B', 'areaCultivated@ha': 'C' });
    expect(withLine.mapping[1]?.unitSource).toBe('header');
    expect(withLine.mapping[2]?.unitSource).toBe('unit-line');
    expect(withLine.headerRows).toEqual({ first: 2, last: 2 });

    const none = readOk(bookBytes({ rows: [['图斑编号', '监测面积'], ['A1', 15]] }), 'x.xlsx', { profile: profileWith({ areaUnit: 'ha' }) });
    expect(none.mapping[1]?.unit).toBeUndefined();
    const record = allRows(none)[0]?.record;
    expect(record && area(record.values.areaMonitored)).toEqual([{ unit: 'ha', value: 15 }]);
  });

  it('reads a unit line in the title text itself', () => {
    const sheet = readOk(bookBytes({ rows: [['XX县2024年卫片图斑台账（面积单位：公顷）'], ['图斑编号', '监测面积'], ['A1', 1]] }));
    expect(sheet.unitLine?.areaUnit).toBe('ha');
    expect(sheet.titleYear).toBe(2024);
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', 'areaMonitored@ha': 'B' });
  });

  it('keeps a 公顷 and a 亩 column of one field as two readings of one area', () => {
    const sheet = readOk(bookBytes({ rows: [['图斑编号', '监测面积（公顷）', '监测面积（亩）'], ['A1', '1.2345', '18.52'], ['A2', null, '3.00']] }));
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', 'areaMonitored@ha': 'B', 'areaMonitored@mu': 'C' });
    const [a1, a2] = allRows(sheet);
    expect(a1?.record.values.areaMonitored).toEqual({
      kind: 'area',
      readings: [
        { unit: 'ha', value: 1.2345, decimals: 4 },
        { unit: 'mu', value: 18.52, decimals: 2 },
      ],
      text: '1.2345 / 18.52',
    });
    expect(a2 && area(a2.record.values.areaMonitored)).toEqual([{ unit: 'mu', value: 3 }]);
  });

  it('reads a unit-only sub-header under a merged field group (监测面积 over 公顷 | 亩)', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['图斑编号', '监测面积', null, '拆除复耕面积', null],
          [null, '公顷', '亩', '（公顷）', '单位：亩'],
          ['A1', 0.1, 1.5, 1, 15],
        ],
        merges: ['A1:A2', 'B1:C1', 'D1:E1'],
      }),
    );
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', 'areaMonitored@ha': 'B', 'areaMonitored@mu': 'C', 'reclaimedArea@ha': 'D', 'reclaimedArea@mu': 'E' });
    expect(sheet.mapping[2]?.header).toBe('监测面积 / 亩');
  });

  it('takes a unit from a group header in brackets (拆除复耕（公顷）over 面积)', () => {
    const sheet = readOk(
      bookBytes({
        rows: [['图斑编号', '拆除复耕（公顷）', null], [null, '面积', '其中耕地'], ['A1', 1, 0.5]],
        merges: ['A1:A2', 'B1:C1'],
      }),
    );
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', 'reclaimedArea@ha': 'B', 'reclaimedCultivated@ha': 'C' });
  });

  it('applies 万元 from the unit line to money columns without their own unit', () => {
    const sheet = readOk(bookBytes({ rows: [['单位：亩、万元'], ['图斑编号', '罚款金额', '已缴罚款（元）', '监测面积'], ['A1', '1.5', 3000, 2]] }));
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', 'fineAmount@wanyuan': 'B', 'fineCollected@yuan': 'C', 'areaMonitored@mu': 'D' });
    const record = allRows(sheet)[0]?.record;
    expect(record && numberOf(record, 'fineAmount')).toBe(15_000);
    expect(record && numberOf(record, 'fineCollected')).toBe(3000);
  });
});

describe('readSheet: duplicate columns', () => {
  it('marks a second column of the same field in the same unit as duplicate and reads the first', () => {
    const sheet = readOk(bookBytes({ rows: [['图斑编号', '监测面积（亩）', '监测编号', '监测面积(亩)', '判定类型'], ['A1', 2, 'B1', 3, '合法']] }));
    expect(sheet.mapping.map((m) => m.status)).toEqual(['mapped', 'mapped', 'duplicate', 'duplicate', 'mapped']);
    expect(sheet.mapping[2]).toMatchObject({ field: 'patchId', header: '监测编号' });
    const record = allRows(sheet)[0]?.record;
    expect(record && textOf(record, 'patchId')).toBe('A1');
    expect(record && area(record.values.areaMonitored)).toEqual([{ unit: 'mu', value: 2 }]);
    expect(sheet.present.has('patchId')).toBe(true);
  });

  it('counts a column without unit as the profile unit when telling duplicates', () => {
    const sheet = readOk(bookBytes({ rows: [['图斑编号', '监测面积', '图斑面积（亩）', '变化面积（公顷）'], ['A1', 2, 2, 0.1333]] }));
    expect(sheet.mapping.map((m) => m.status)).toEqual(['mapped', 'mapped', 'duplicate', 'mapped']);
  });
});

describe('readSheet: labels as people write them', () => {
  it('matches labels with *, trailing colons, full-width brackets and line breaks', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['*图斑编号', '监测面积（亩）：', '是否\n立案', '＊判定类型:', '县（区）', '罚款（元）', '其中：耕地', '违法类型（一级）', ' 乡镇 ', '整改措施*', '监测面积\r\n（公顷）'],
          ['A1', 1, '是', '违法', '某县', 100, 0.5, '甲', '城关镇', '拆除', 0.0667],
        ],
      }),
    );
    expect(mappedFields(sheet)).toEqual({
      patchId: 'A',
      'areaMonitored@mu': 'B',
      caseFiled: 'C',
      verdict: 'D',
      county: 'E',
      'fineAmount@yuan': 'F',
      areaCultivated: 'G',
      'violationType#1': 'H',
      town: 'I',
      rectMeasure: 'J',
      'areaMonitored@ha': 'K',
    });
    expect(sheet.mapping[10]?.header).toBe('监测面积（公顷）');
    expect(sheet.mapping[2]?.header).toBe('是否立案');
    const record = allRows(sheet)[0]?.record;
    expect(record && yesNoOf(record, 'caseFiled')).toBe(true);
  });

  it('uses the profile’s label synonyms', () => {
    const profile = profileWith({ labelSynonyms: { patchId: ['斑块号'], town: ['所属镇'] } });
    const sheet = readOk(bookBytes({ rows: [['斑块号', '所属镇'], ['A1', '城关镇']] }), 'x.xlsx', { profile });
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', town: 'B' });
  });

  it('ignores a profile synonym naming an unknown field instead of failing', () => {
    const profile = profileWith({ labelSynonyms: { noSuchField: ['奇怪列'] } });
    const sheet = readOk(bookBytes({ rows: [['图斑编号', '监测面积', '奇怪列'], ['A1', 1, 'x']] }), 'x.xlsx', { profile });
    expect(sheet.mapping[2]).toMatchObject({ status: 'unmapped', header: '奇怪列' });
  });

  it('keeps unmapped columns of every kind and never fails on them', () => {
    const sheet = readOk(bookBytes({ rows: [['序号', '图斑编号', '审核历史', '销号状态', '监测面积', null, '外业核查轨迹'], [1, 'A1', 'x', 'y', 1, 'orphan', 'z']] }));
    expect(sheet.mapping.filter((m) => m.status === 'unmapped').map((m) => `${m.columnLetter}:${m.header}`)).toEqual(['A:序号', 'C:审核历史', 'D:销号状态', 'F:', 'G:外业核查轨迹']);
  });
});

describe('readSheet: 违法类型 levels', () => {
  it('joins 违法类型一级 … 三级 into one path', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['图斑编号', '违法类型一级', '违法类型二级', '违法类型三级'],
          ['A1', '非法占地', '未经批准占地', '农村建房'],
          ['A2', '非法占地', '', ''],
          ['A3', '', '未经批准占地', ''],
        ],
      }),
    );
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', 'violationType#1': 'B', 'violationType#2': 'C', 'violationType#3': 'D' });
    expect(allRows(sheet).map((r) => textOf(r.record, 'violationType'))).toEqual(['非法占地/未经批准占地/农村建房', '非法占地', '/未经批准占地']);
    expect(sheet.present.has('violationType')).toBe(true);
  });

  it('reads levels as sub-headers under a merged 违法类型 group, in any column order', () => {
    const sheet = readOk(
      bookBytes({
        rows: [['图斑编号', '违法类型', null], [null, '二级', '一级'], ['A1', '乙', '甲']],
        merges: ['A1:A2', 'B1:C1'],
      }),
    );
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', 'violationType#2': 'B', 'violationType#1': 'C' });
    expect(textOf(allRows(sheet)[0]?.record ?? { values: {}, present: new Set() }, 'violationType')).toBe('甲/乙');
  });
});

describe('readSheet: values', () => {
  const sheet = readOk(
    bookBytes({
      rows: [
        ['图斑编号', '监测面积', '立案时间', '结案时间', '是否立案', '行政区代码', '罚款金额'],
        ['A1', '12.50', 45000, '2023/5/6', 1, 370102, '1,234.5'],
        ['A2', ' 0.0765 ', '2023年5月6日', '2023-02-30', '否', '370102', '12元'],
        ['A3', 0.1 + 0.2, 45000.5, '20230506', true, null, 5],
      ],
    }),
  );
  const [a1, a2, a3] = allRows(sheet).map((r) => r.record);

  it('reads numbers stored as text with their decimals', () => {
    expect(a1?.values.areaMonitored).toEqual({ kind: 'area', readings: [{ unit: 'mu', value: 12.5, decimals: 2 }], text: '12.50' });
    expect(a2 && area(a2.values.areaMonitored)).toEqual([{ unit: 'mu', value: 0.0765 }]);
    expect(a1 && numberOf(a1, 'fineAmount')).toBe(1234.5);
    expect(a2 && numberOf(a2, 'fineAmount')).toBe(12);
  });

  it('shows numbers as Excel does (15 significant digits)', () => {
    expect(a3?.values.areaMonitored).toEqual({ kind: 'area', readings: [{ unit: 'mu', value: 0.3, decimals: 1 }], text: '0.3' });
  });

  it('reads Excel serial dates and text dates; impossible dates stay as invalid', () => {
    expect(a1 && dateOf(a1, 'caseDate')).toBe('2023-03-15');
    expect(a1 && dateOf(a1, 'caseClosedDate')).toBe('2023-05-06');
    expect(a2 && dateOf(a2, 'caseDate')).toBe('2023-05-06');
    expect(a2?.values.caseClosedDate).toMatchObject({ kind: 'invalid', expected: 'date', text: '2023-02-30' });
    expect(a3 && dateOf(a3, 'caseDate')).toBe('2023-03-15');
    expect(a3 && dateOf(a3, 'caseClosedDate')).toBe('2023-05-06');
  });

  it('reads 是/否 from numbers, text and booleans, and codes stored as numbers as text', () => {
    expect([a1, a2, a3].map((r) => r && yesNoOf(r, 'caseFiled'))).toEqual([true, false, true]);
    expect(a1 && textOf(a1, 'regionCode')).toBe('370102');
    expect(a2 && textOf(a2, 'regionCode')).toBe('370102');
    expect(a3?.values.regionCode).toBeUndefined();
  });

  it('reads date cells written by Excel as dates (serials with a date format)', () => {
    const dated = readOk(bookBytes({ rows: [['图斑编号', '下发时间'], ['A1', new Date(Date.UTC(2023, 5, 15))]] }));
    const record = allRows(dated)[0]?.record;
    expect(record && dateOf(record, 'issuedAt')).toBe('2023-06-15');
  });
});

describe('readSheet: rows', () => {
  it('skips 合计, 小计, 总计 and XX镇小计 rows in the first columns, and blank rows; trailing blanks are not counted', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['表一'],
          [],
          ['序号', '图斑编号', '乡镇', '监测面积', '是否立案', '立案编号', '备注'],
          [1, 'A1', '城关镇', 1],
          [null, '城关镇小计', null, 1],
          [],
          [2, 'A2', '东关镇', 2],
          [3, null, null, null],
          ['总  计', null, null, 3],
          [4, 'A4', '城关镇', 1, null, null, '合计'],
          [null, null, null, null, '合计：'],
          [],
          [],
        ],
      }),
    );
    expect(sheet.headerRows).toEqual({ first: 3, last: 3 });
    expect(sheet.titleText).toBe('表一');
    expect(allRows(sheet).map((r) => r.excelRow)).toEqual([4, 7, 10]);
    expect(sheet.skipped).toEqual({ blank: 2, total: 3, totalRows: [5, 9, 11], notes: 0, noteRows: [] });
  });

  it('skips footer lines such as 填表人：… and 填报日期：… as notes, not patches', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['图斑编号', '乡镇', '监测面积'],
          ['A1', '甲镇', 1],
          ['A2', '乙镇', 2],
          [],
          ['填表人：张三', null, '审核人：李四'],
          ['填报日期：2023年6月1日'],
        ],
      }),
    );
    expect(allRows(sheet).map((r) => r.excelRow)).toEqual([2, 3]);
    expect(sheet.skipped).toMatchObject({ notes: 2, noteRows: [5, 6] });
  });

  it('skips a header row repeated inside the table', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['图斑编号', '乡镇', '监测面积', '判定类型'],
          ['A1', '甲镇', 1, '合法'],
          ['图斑编号', '乡镇', '监测面积', '判定类型'],
          ['A2', '乙镇', 2, '违法'],
        ],
      }),
    );
    expect(allRows(sheet).map((r) => r.excelRow)).toEqual([2, 4]);
    expect(sheet.skipped).toMatchObject({ notes: 1, noteRows: [3] });
  });

  it('counts row numbers from the sheet’s first row when the table starts lower', () => {
    const sheet = readOk(bookBytes({ rows: [[], [], [], [], [null, '图斑编号', '监测面积'], [null, 'A1', 1], [null, 'A2', 2]] }));
    expect(sheet.headerRows).toEqual({ first: 5, last: 5 });
    expect(allRows(sheet).map((r) => r.excelRow)).toEqual([6, 7]);
    expect(sheet.titleText).toBeUndefined();
  });

  it('reports progress about every 5,000 rows and at the end', () => {
    const rows: unknown[][] = [['图斑编号', '监测面积']];
    for (let i = 0; i < 12_345; i++) rows.push([`A${i}`, i % 7]);
    const calls: [number, number][] = [];
    const sheet = readOk(bookBytes({ rows }), 'big.xlsx', { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([]);
    expect(allRows(sheet).length).toBe(12_345);
    expect(calls).toEqual([
      [5000, 12_345],
      [10_000, 12_345],
      [12_345, 12_345],
    ]);
  });

  it('uses the first sheet with a recognisable header', () => {
    const sheet = readOk(
      bookBytes([
        { name: '填表说明', rows: [['填表说明'], ['1. 面积单位为亩'], ['2. 日期格式为 2023-05-06']] },
        { name: '图斑', rows: [['图斑编号', '监测面积'], ['A1', 1]] },
      ]),
    );
    expect(sheet.sheetName).toBe('图斑');
    expect(sheet.workbook?.SheetNames).toEqual(['填表说明', '图斑']);
  });

  it('prefers a later sheet with rows over an earlier sheet with a header only', () => {
    const sheet = readOk(
      bookBytes([
        { name: '模板', rows: [['图斑编号', '监测面积']] },
        { name: '数据', rows: [['图斑编号', '监测面积'], ['A1', 1]] },
      ]),
    );
    expect(sheet.sheetName).toBe('数据');
  });

  it('fills records with present fields even when a row leaves them empty', () => {
    const sheet = readOk(bookBytes({ rows: [['图斑编号', '监测面积', '备注'], ['A1', null, null]] }));
    const record = allRows(sheet)[0]?.record;
    expect(record?.values).toEqual({ patchId: { kind: 'text', text: 'A1' } });
    expect(record?.present.has('remark')).toBe(true);
  });
});

describe('readSheet: profile default unit', () => {
  it('passes the profile area unit to the normalisers', () => {
    const sheet = readOk(bookBytes({ rows: [['图斑编号', '监测面积'], ['A1', 2]] }), 'x.xlsx', { profile: NATIONAL });
    const record = allRows(sheet)[0]?.record;
    expect(record && area(record.values.areaMonitored)).toEqual([{ unit: 'mu', value: 2 }]);
  });
});

describe('readSheet: title area', () => {
  it('reads a unit line in a cell of its own beside the title, and leaves a form line (填报单位：…) out of the header', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['XX县2023年图斑核查表', null, null, null, null],
          ['填报单位：XX县自然资源局', null, '填报日期：2023-07-01', null, '单位：公顷'],
          ['图斑编号', '乡镇', '监测面积', '其中耕地', '备注'],
          ['A1', '城关镇', 1, 0.5, null],
        ],
        merges: ['A1:E1'],
      }),
    );
    expect(sheet.headerRows).toEqual({ first: 3, last: 3 });
    expect(sheet.titleText).toBe('XX县2023年图斑核查表\n填报单位：XX县自然资源局 填报日期：2023-07-01 单位：公顷');
    expect(sheet.titleYear).toBe(2023);
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', town: 'B', 'areaMonitored@ha': 'C', 'areaCultivated@ha': 'D', remark: 'E' });
  });

  it('reads a three-row header without merges (CSV-like) and a year without 年 in the title', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['图斑台账 2024'],
          ['图斑编号', '核查情况', null, null, null],
          [null, '判定类型', '违法用地', null, '整改措施'],
          [null, null, '面积', '其中耕地', null],
          ['A1', '违法', 2, 1, '拆除'],
        ],
      }),
    );
    expect(sheet.headerRows).toEqual({ first: 2, last: 4 });
    expect(sheet.titleYear).toBe(2024);
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', verdict: 'B', violationArea: 'C', violationCultivated: 'D', rectMeasure: 'E' });
    expect(allRows(sheet).map((r) => r.excelRow)).toEqual([5]);
  });
});

describe('readSheet: merged data cells', () => {
  it('reads a value merged down over several rows on each of them', () => {
    const sheet = readOk(
      bookBytes({
        rows: [
          ['乡镇', '图斑编号', '监测面积'],
          ['城关镇', 'A1', 1],
          [null, 'A2', 2],
          [null, 'A3', 3],
          ['东关镇', 'B1', 4],
        ],
        merges: ['A2:A4'],
      }),
    );
    expect(allRows(sheet).map((r) => `${r.excelRow}:${textOf(r.record, 'town') ?? '-'}`)).toEqual(['2:城关镇', '3:城关镇', '4:城关镇', '5:东关镇']);
  });
});

describe('readSheet: short titles', () => {
  it('does not take a short title merged over part of the width for a group header', () => {
    for (const merges of [['A1:C1'], ['A1:F1'], []]) {
      const sheet = readOk(
        bookBytes({
          rows: [['违法图斑统计表'], ['图斑编号', '乡镇', '监测面积', '其中耕地', '判定类型', '备注'], ['A1', '城关镇', 2, 1, '违法', '']],
          merges,
        }),
      );
      expect(sheet.headerRows).toEqual({ first: 2, last: 2 });
      expect(sheet.titleText).toBe('违法图斑统计表');
      expect(mappedFields(sheet)['areaCultivated']).toBe('D');
    }
  });
});
