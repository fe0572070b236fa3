import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FieldId } from '../../shared/model/field-dictionary';
import { buildRecord } from '../../shared/model/patch-record';
import { addItemByHand, attachEvidence, closeItem, importViolations } from './index';
import { AS_OF, freshDb, importOptions, photo, PROFILE } from './ledger-test-helpers';

const T1 = '2024-01-10T08:00:00.000Z';
const T2 = '2024-02-10T08:00:00.000Z';

describe('importViolations: split patches, units, 复核 subjects, size', () => {
  it('plots of one 图斑编号 make one item: the 违法 plots, areas summed, every row in the event', async () => {
    const db = freshDb();
    const present: FieldId[] = ['patchId', 'plotId', 'town', 'verdict', 'violationArea', 'rectMeasure'];
    const units = { violationArea: 'ha' as const };
    const rows = [
      { row: 3, record: buildRecord({ patchId: 'P1', plotId: 'P1-1', town: '城关镇', verdict: '违法', violationArea: '0.1200', rectMeasure: '拆除复耕' }, { present, units }) },
      { row: 4, record: buildRecord({ patchId: 'P1', plotId: 'P1-2', town: '城关镇', verdict: '违法', violationArea: '0.0300' }, { present, units }) },
      { row: 5, record: buildRecord({ patchId: 'P1', plotId: 'P1-3', town: '城关镇', verdict: '合法', violationArea: '9' }, { present, units }) },
    ];
    const outcome = await importViolations(db, rows, importOptions(T1));
    expect(outcome.created).toHaveLength(1);
    const item = await db.items.get(outcome.created[0] as number);
    // 0.12 + 0.03 公顷 (the 合法 plot is not the violation), unit explicit; 整改措施 from the plot that has one.
    expect(item?.values).toMatchObject({ patchId: 'P1', violationArea: '0.1500公顷', rectMeasure: '拆除复耕' });
    const events = await db.events.where('itemId').equals(item?.id as number).toArray();
    expect(events[0]?.data).toMatchObject({ kind: 'created', row: 3, plotRows: [3, 4] });
    // The same sheet again: nothing changes.
    const again = await importViolations(db, rows, importOptions(T2));
    expect(again).toMatchObject({ created: [], updated: [] });
    expect(again.unchanged).toHaveLength(1);
  });

  it('stores a unit given only by the header, so the ledger re-reads it without the sheet', async () => {
    const db = freshDb();
    const present: FieldId[] = ['patchId', 'verdict', 'violationArea', 'fineAmount'];
    const record = buildRecord({ patchId: 'U1', verdict: '违法', violationArea: 1.5, fineAmount: 5 }, { present, units: { violationArea: 'ha', fineAmount: 'wanyuan' } });
    const outcome = await importViolations(db, [{ row: 3, record }], importOptions(T1));
    expect((await db.items.get(outcome.created[0] as number))?.values).toMatchObject({ violationArea: '1.5公顷', fineAmount: '5万元' });
    const twoUnits = buildRecord({ patchId: 'U2', verdict: '违法', areaMonitored: { ha: '0.0893', mu: '1.34' }, issuedAt: 45024 }, { present: ['patchId', 'verdict', 'areaMonitored', 'issuedAt'] });
    const second = await importViolations(db, [{ row: 4, record: twoUnits }], importOptions(T2));
    expect((await db.items.get(second.created[0] as number))?.values).toMatchObject({ areaMonitored: '0.0893公顷 / 1.34亩', issuedAt: '2023-04-08' });
    const reread = buildRecord({ violationArea: '1.5公顷', fineAmount: '5万元' }, { defaultAreaUnit: 'mu' });
    expect(reread.values.violationArea).toMatchObject({ readings: [{ unit: 'ha', value: 1.5 }] });
    expect(reread.values.fineAmount).toMatchObject({ value: 50_000 });
  });

  it('puts 其他 patches of 设施农用地 / 临时用地 / 农村道路 / 实地未变化 under 复核 once, not other 其他', async () => {
    const db = freshDb();
    const present: FieldId[] = ['patchId', 'town', 'verdict', 'verdictDetail'];
    const sheet = [
      { row: 3, record: buildRecord({ patchId: 'R1', town: '甲镇', verdict: '其他', verdictDetail: '设施农用地' }, { present }) },
      { row: 4, record: buildRecord({ patchId: 'R2', town: '乙镇', verdict: '其他', verdictDetail: '临时用地' }, { present }) },
      { row: 5, record: buildRecord({ patchId: 'R3', verdict: '其他', verdictDetail: '油田用地' }, { present }) },
      { row: 6, record: buildRecord({ patchId: 'R4', verdict: '合法', verdictDetail: '农转用已批' }, { present }) },
    ];
    const first = await importViolations(db, sheet, importOptions(T1));
    expect(first.reviewsAdded).toBe(2);
    expect(first.created).toEqual([]);
    const subjects = await db.reviews.orderBy('id').toArray();
    expect(subjects.map((s) => [s.patchId, s.reason, s.town, s.since])).toEqual([
      ['R1', '设施农用地', '甲镇', AS_OF],
      ['R2', '临时用地', '乙镇', AS_OF],
    ]);
    const second = await importViolations(db, sheet, { ...importOptions(T2), asOf: '2024-06-30' });
    expect(second.reviewsAdded).toBe(0);
    expect((await db.reviews.toArray()).map((s) => s.since)).toEqual([AS_OF, AS_OF]);
  });

  it('销号 of a 拆除复耕 item starts its 复核 cycle; other measures do not', async () => {
    const db = freshDb();
    const at = { who: '王五', at: T1 };
    const reclaim = await addItemByHand(db, { patchId: 'C1', town: '城关镇', rectResolved: '是', rectMeasure: '拆除复耕', reclaimCertNo: '复耕证明〔2024〕3号' }, at);
    const legalised = await addItemByHand(db, { patchId: 'C2', rectResolved: '是', rectMeasure: '补办手续', approvalNo: '鲁政土字〔2024〕5号', approvalDate: '2024-01-05' }, at);
    if (!reclaim.ok || !legalised.ok) throw new Error('setup');
    await attachEvidence(db, reclaim.itemId, photo(), at);
    expect(await closeItem(db, reclaim.itemId, { ...at, at: T2, profile: PROFILE, asOf: AS_OF })).toMatchObject({ ok: true });
    expect(await closeItem(db, legalised.itemId, { ...at, at: T2, profile: PROFILE, asOf: AS_OF })).toMatchObject({ ok: true });
    const subjects = await db.reviews.toArray();
    expect(subjects).toEqual([expect.objectContaining({ patchId: 'C1', reason: '拆除复耕', itemId: reclaim.itemId, since: '2024-02-10', town: '城关镇', checks: [] })]);
  });

  it('imports 5,000 new patches, then updates 1 and leaves the rest unchanged, in bulk', async () => {
    const db = freshDb();
    const present: FieldId[] = ['patchId', 'town', 'verdict', 'rectPlannedDate'];
    const sheet = (planned: (i: number) => string) =>
      Array.from({ length: 5_000 }, (_, i) => ({ row: i + 3, record: buildRecord({ patchId: `B${String(i).padStart(5, '0')}`, town: `镇${i % 7}`, verdict: '违法', rectPlannedDate: planned(i) }, { present }) }));
    const first = await importViolations(db, sheet(() => '2024-06-30'), importOptions(T1));
    expect(first.created).toHaveLength(5_000);
    expect(await db.items.count()).toBe(5_000);
    expect(await db.events.count()).toBe(5_000);
    expect(await db.items.where('town').equals('镇3').count()).toBe(Math.ceil((5_000 - 3) / 7));
    const second = await importViolations(db, sheet((i) => (i === 4_321 ? '2024-09-30' : '2024-06-30')), importOptions(T2));
    expect(second.created).toEqual([]);
    expect(second.unchanged).toHaveLength(4_999);
    expect(second.updated).toEqual([{ itemId: expect.any(Number), changes: [{ field: 'rectPlannedDate', from: '2024-06-30', to: '2024-09-30' }] }]);
    const changed = await db.items.where('patchId').equals('B04321').first();
    expect(changed).toMatchObject({ plannedDate: '2024-09-30', updatedAt: T2 });
    expect(await db.events.count()).toBe(5_001);
  });

  it('leaves an 已销号 item as closed when a later sheet differs, and reports it', async () => {
    const db = freshDb();
    const present: FieldId[] = ['patchId', 'town', 'verdict', 'rectMeasure', 'rectResolved', 'approvalNo', 'approvalDate'];
    const row = (resolved: string) => ({ row: 3, record: buildRecord({ patchId: 'S1', town: '城关镇', verdict: '违法', rectMeasure: '补办手续', rectResolved: resolved, approvalNo: '鲁政土字〔2024〕5号', approvalDate: '2024-01-05' }, { present }) });
    const first = await importViolations(db, [row('是')], importOptions(T1));
    const id = first.created[0] as number;
    expect(await closeItem(db, id, { who: '王五', at: T1, profile: PROFILE, asOf: AS_OF })).toMatchObject({ ok: true });
    const eventsBefore = await db.events.count();
    const second = await importViolations(db, [row('否')], importOptions(T2));
    expect(second).toMatchObject({ updated: [], unchanged: [], closedDiffering: [{ itemId: id, patchId: 'S1', changes: [{ field: 'rectResolved', from: '是', to: '否' }] }] });
    expect(await db.items.get(id)).toMatchObject({ state: '已销号', values: { rectResolved: '是' } });
    expect(await db.events.count()).toBe(eventsBefore);
    expect(await db.imports.get(second.importId)).toMatchObject({ closedDiffering: [id] });
    // The same values again: unchanged, not differing.
    expect(await importViolations(db, [row('是')], importOptions(T2))).toMatchObject({ unchanged: [id], closedDiffering: [] });
  });
});
