import 'fake-indexeddb/auto';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { isoToExcelSerial } from '../../shared/model/dates';
import { addItemByHand } from '../ledger/add-item-by-hand';
import { addNote } from '../ledger/add-note';
import { attachEvidence } from '../ledger/attach-evidence';
import { closeItem } from '../ledger/close-item';
import { editItem } from '../ledger/edit-item';
import { AS_OF, freshDb, photo, PROFILE } from '../ledger/ledger-test-helpers';
import { removeEvidence } from '../ledger/remove-evidence';
import { setUnit } from '../ledger/set-unit';
import { transition } from '../ledger/transition';
import { collectLedger } from './collect-ledger';
import { EVENT_HEADERS, EVENT_SHEET, ITEM_HEADERS, ITEM_SHEET, localExcelSerial, sheetNameFor, writeLedgerWorkbook } from './ledger-workbook';

// Local times, so the expected serials can be written down without the code under test.
const at = (day: number, hour: number, minute = 0) => new Date(2024, 0, day, hour, minute).toISOString();
// Within a millisecond: day fractions are binary floats, computed here another way round.
const serial = (day: number, hour: number, minute = 0): unknown => expect.closeTo(isoToExcelSerial(`2024-01-${String(day).padStart(2, '0')}`) + (hour * 60 + minute) / 1440, 8);

async function ledger() {
  const db = freshDb();
  const ids: number[] = [];
  for (const [values, when] of [
    [
      {
        patchId: 'T001',
        town: '城关镇',
        rectMeasure: '拆除',
        rectResolved: '是',
        reclaimCertNo: '到位证明〔2024〕3号',
        rectPlannedDate: '2024/3/31',
        violationArea: '0.1234公顷',
        violationCultivated: '0.1',
      },
      at(10, 8),
    ],
    [
      {
        patchId: 'T002',
        town: '新集镇',
        rectMeasure: '补办手续',
        rectPlannedDate: '月底前',
      },
      at(10, 9),
    ],
    [{ patchId: 'T003' }, at(10, 10)],
  ] as const) {
    const added = await addItemByHand(db, values, { who: '张三', at: when });
    if (!added.ok) throw new Error(added.reason);
    ids.push(added.itemId);
  }
  const [t1 = 0, t2 = 0] = ids;
  // T001: 待验收 on entry (消除违法状态 = 是); two photos, one removed; 销号.
  await attachEvidence(db, t1, photo('a.jpg'), { who: '李四', at: at(11, 8) });
  const second = await attachEvidence(db, t1, photo('b.jpg'), {
    who: '李四',
    at: at(11, 9),
  });
  if (!second.ok) throw new Error(second.reason);
  await attachEvidence(db, t1, { kind: 'document', name: '验收意见.pdf', blob: new Blob(['%PDF']) }, { who: '李四', at: at(11, 10) });
  await removeEvidence(db, second.evidenceId, {
    who: '李四',
    at: at(11, 11),
    reason: '拍错了',
  });
  const closed = await closeItem(db, t1, {
    who: '王五',
    at: at(12, 14, 30),
    profile: PROFILE,
    asOf: AS_OF,
  });
  if (!closed.ok) throw new Error(closed.reason);
  // T002: started, submitted, rejected, edited, unit set, a note.
  await transition(db, t2, '整改中', { who: '李四', at: at(13, 8) });
  await transition(db, t2, '待验收', { who: '李四', at: at(14, 8), setResolved: true });
  await transition(db, t2, '整改中', {
    who: '王五',
    at: at(15, 8),
    reason: '缺批准文号',
  });
  await editItem(db, t2, { approvalNo: '鲁政土字〔2024〕3号' }, { who: '李四', at: at(16, 8) });
  await setUnit(db, t2, '县交通局', { who: '李四', at: at(16, 9) });
  await addNote(db, t2, '已报批', { who: '李四', at: at(16, 10) });
  return db;
}

function readBack(bytes: Uint8Array) {
  const book = XLSX.read(bytes, {
    type: 'array',
    cellNF: true,
    cellDates: false,
  });
  const rows = (name: string) => {
    const ws = book.Sheets[name];
    if (!ws) throw new Error(`no sheet ${name}`);
    // Cell values as stored (sheet_to_json would turn date-formatted numbers into Date objects).
    const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
    const out: unknown[][] = [];
    for (let r = range.s.r; r <= range.e.r; r += 1) {
      const row: unknown[] = [];
      for (let c = range.s.c; c <= range.e.c; c += 1) row.push(ws[XLSX.utils.encode_cell({ r, c })]?.v ?? null);
      out.push(row);
    }
    return { ws, rows: out };
  };
  return {
    names: book.SheetNames,
    items: rows(ITEM_SHEET),
    events: rows(EVENT_SHEET),
  };
}

describe('writeLedgerWorkbook', () => {
  it('writes one row per item and one per event, read back equal to the ledger', async () => {
    const db = await ledger();
    const back = readBack(writeLedgerWorkbook(await collectLedger(db)));
    expect(back.names).toEqual([ITEM_SHEET, EVENT_SHEET]);

    const [header, ...items] = back.items.rows;
    expect(header).toEqual([...ITEM_HEADERS]);
    expect(items).toEqual([
      ['T001', '城关镇', '城关镇', '已销号', '拆除', isoToExcelSerial('2024-03-31'), 0.1234, 0.1, 1, 2, serial(10, 8), null, null, serial(12, 14, 30), serial(12, 14, 30)],
      ['T002', '新集镇', '县交通局', '整改中', '补办手续', '月底前', null, null, 0, 0, serial(10, 9), serial(15, 8), null, null, serial(16, 9)],
      ['T003', null, null, '待整改', null, null, null, null, 0, 0, serial(10, 10), null, null, null, serial(10, 10)],
    ]);
    // Real Excel dates: numbers with a date format; areas keep their unit in the format.
    expect(back.items.ws['F2']?.z).toBe('yyyy-mm-dd');
    expect(back.items.ws['K2']?.z).toBe('yyyy-mm-dd hh:mm');
    expect(back.items.ws['G2']?.z).toContain('公顷');
    expect(back.items.ws['F3']?.t).toBe('s');

    const [eventHeader, ...events] = back.events.rows;
    expect(eventHeader).toEqual([...EVENT_HEADERS]);
    expect(events).toHaveLength(await db.events.count());
    expect(events.map((e) => [e[0], e[2], e[3]])).toEqual([
      ['T001', '张三', '手工录入'],
      ['T002', '张三', '手工录入'],
      ['T003', '张三', '手工录入'],
      ['T001', '李四', '添加证明材料'],
      ['T001', '李四', '添加证明材料'],
      ['T001', '李四', '添加证明材料'],
      ['T001', '李四', '删除证明材料'],
      ['T001', '王五', '销号'],
      ['T002', '李四', '开始整改'],
      ['T002', '李四', '修改'],
      ['T002', '李四', '提交验收'],
      ['T002', '王五', '验收不通过'],
      ['T002', '李四', '修改'],
      ['T002', '李四', '修改责任单位'],
      ['T002', '李四', '备注'],
    ]);
    expect(events[6]).toEqual(['T001', serial(11, 11), '李四', '删除证明材料', '照片：b.jpg', '拍错了']);
    expect(events[11]).toEqual(['T002', serial(15, 8), '王五', '验收不通过', '状态：待验收 → 整改中', '缺批准文号']);
    expect(events[12]?.[4]).toBe('批准文号：（空） → 鲁政土字〔2024〕3号');
    expect(back.events.ws['B2']?.z).toBe('yyyy-mm-dd hh:mm');
  });

  it('writes an empty ledger as the two header rows', () => {
    const back = readBack(writeLedgerWorkbook({ items: [], events: [], evidence: [] }));
    expect(back.items.rows).toEqual([[...ITEM_HEADERS]]);
    expect(back.events.rows).toEqual([[...EVENT_HEADERS]]);
  });
});

describe('writeLedgerWorkbook split per 乡镇 / 责任单位 (issue 12 item 2)', () => {
  it('writes one sheet per 乡镇 or per 责任单位, every item once, and the history sheet', async () => {
    const input = await collectLedger(await ledger());
    const byTown = XLSX.read(writeLedgerWorkbook(input, 'town'), { type: 'array' });
    expect(byTown.SheetNames).toEqual(['城关镇', '新集镇', '（未填）', EVENT_SHEET]);
    const patchIds = (book: XLSX.WorkBook, name: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[name] as XLSX.WorkSheet).map((r) => r['图斑编号']);
    expect(patchIds(byTown, '城关镇')).toEqual(['T001']);
    expect(patchIds(byTown, '（未填）')).toEqual(['T003']);
    const byUnit = XLSX.read(writeLedgerWorkbook(input, 'unit'), { type: 'array' });
    expect(byUnit.SheetNames).toEqual(['城关镇', '县交通局', '（未填）', EVENT_SHEET]);
    expect(patchIds(byUnit, '县交通局')).toEqual(['T002']);
  });

  it('makes sheet names Excel accepts, unique', () => {
    const taken = new Set<string>();
    expect(sheetNameFor('城关镇[东]', taken)).toBe('城关镇_东_');
    expect(sheetNameFor('城关镇[东]', taken)).toBe('城关镇_东_-2');
    expect(sheetNameFor('很'.repeat(40), taken)).toHaveLength(28);
  });
});

describe('localExcelSerial', () => {
  it('counts local wall-clock time from Excel’s epoch', () => {
    expect(localExcelSerial(new Date(2024, 0, 31, 18, 0).toISOString())).toBeCloseTo(isoToExcelSerial('2024-01-31') + 0.75, 8);
  });
});
