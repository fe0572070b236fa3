import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FieldId } from '../../shared/model/field-dictionary';
import { SCHEMA_VERSION, type TubanLintDb } from '../db/schema';
import { addItemByHand, attachEvidence, closeItem, editItem, importViolations, removeEvidence, reopenItem, transition } from './index';
import { AS_OF, freshDb, importOptions, photo, PROFILE, sheetRow } from './ledger-test-helpers';

const T1 = '2024-01-10T08:00:00.000Z';
const T2 = '2024-01-11T08:00:00.000Z';
const T3 = '2024-01-12T08:00:00.000Z';
const who = { who: '李四', at: T2 };
const closeOpts = { ...who, profile: PROFILE, asOf: AS_OF };

const COLUMNS: FieldId[] = ['patchId', 'town', 'verdict', 'rectMeasure', 'rectResolved', 'rectPlannedDate', 'photoCount', 'approvalNo', 'approvalDate', 'reclaimCertNo', 'fineAmount', 'fineCollected'];

function sheet() {
  return [
    sheetRow(
      3,
      {
        patchId: 'T001',
        town: '城关镇',
        verdict: '违法',
        rectMeasure: '拆除复耕',
        rectResolved: '否',
        rectPlannedDate: '2024/3/31',
      },
      COLUMNS,
    ),
    sheetRow(
      4,
      {
        patchId: 'T002',
        town: '新集镇',
        verdict: '违法',
        rectMeasure: '补办手续',
        rectResolved: '是',
      },
      COLUMNS,
    ),
    sheetRow(
      5,
      {
        patchId: 'T003',
        town: '城关镇',
        verdict: '合法',
        approvalNo: '鲁政土字〔2023〕12号',
      },
      COLUMNS,
    ),
    sheetRow(6, { town: '新集镇', verdict: '违法' }, COLUMNS),
  ];
}

async function itemByPatch(db: TubanLintDb, patchId: string) {
  const item = await db.items.where('patchId').equals(patchId).first();
  if (!item?.id) throw new Error(`no item ${patchId}`);
  return { ...item, id: item.id };
}

async function eventKinds(db: TubanLintDb, itemId: number): Promise<string[]> {
  return (await db.events.where('itemId').equals(itemId).sortBy('id')).map((e) => e.kind);
}

describe('schema', () => {
  it('opens the newest version with its seven tables', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'evidence', 'imports', 'items', 'mappings', 'reviews', 'settings']);
    expect(db.items.schema.indexes.map((i) => i.name).sort()).toEqual(['patchId', 'plannedDate', 'state', 'town', 'unit']);
    expect(db.items.schema.idxByName['patchId']?.unique).toBe(true);
  });
});

describe('importViolations', () => {
  it('enters every 违法 patch with its state, filed values and a created event', async () => {
    const db = freshDb();
    const outcome = await importViolations(db, sheet(), importOptions(T1));
    expect(outcome.created).toHaveLength(2);
    expect(outcome.skippedRows).toEqual([6]);
    const t1 = await itemByPatch(db, 'T001');
    expect(t1.state).toBe('待整改');
    expect(t1.town).toBe('城关镇');
    expect(t1.plannedDate).toBe('2024-03-31');
    expect(t1.values.rectPlannedDate).toBe('2024/3/31');
    expect(t1.source).toEqual({
      kind: 'import',
      importId: outcome.importId,
      row: 3,
    });
    expect((await itemByPatch(db, 'T002')).state).toBe('待验收');
    expect(await db.items.where('patchId').equals('T003').count()).toBe(0);
    const events = await db.events.where('itemId').equals(t1.id).toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'created',
      who: '张三',
      at: T1,
      data: { kind: 'created', state: '待整改', row: 3 },
    });
    const imports = await db.imports.toArray();
    expect(imports).toEqual([
      expect.objectContaining({
        id: outcome.importId,
        records: 4,
        created: 2,
        updated: 0,
        unchanged: 0,
        skippedRows: [6],
        profileId: 'national',
      }),
    ]);
  });

  it('is idempotent: importing twice gives the same items and no new events', async () => {
    const db = freshDb();
    await importViolations(db, sheet(), importOptions(T1));
    const itemsBefore = await db.items.toArray();
    const eventsBefore = await db.events.count();
    const second = await importViolations(db, sheet(), importOptions(T2));
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toHaveLength(2);
    expect(await db.items.toArray()).toEqual(itemsBefore);
    expect(await db.events.count()).toBe(eventsBefore);
    expect(await db.imports.count()).toBe(2);
  });

  it('a re-import records only the real changes, and a column the sheet lacks clears nothing', async () => {
    const db = freshDb();
    await importViolations(db, sheet(), importOptions(T1));
    const changed = [
      sheetRow(
        3,
        {
          patchId: 'T001',
          town: '城关镇',
          verdict: '违法',
          rectMeasure: '拆除复耕',
          rectResolved: '是',
          rectPlannedDate: '2024/3/31',
          reclaimCertNo: '证2024-1',
        },
        COLUMNS,
      ),
      // A narrower sheet: no 拟完成整改时间 column, so T002's (empty) value is not touched.
      sheetRow(
        4,
        {
          patchId: 'T002',
          town: '新集镇',
          verdict: '违法',
          rectMeasure: '补办手续',
          rectResolved: '是',
        },
        ['patchId', 'town', 'verdict', 'rectMeasure', 'rectResolved'],
      ),
    ];
    const outcome = await importViolations(db, changed, importOptions(T2));
    const t1 = await itemByPatch(db, 'T001');
    expect(outcome.updated).toEqual([
      {
        itemId: t1.id,
        changes: [
          { field: 'reclaimCertNo', to: '证2024-1' },
          { field: 'rectResolved', from: '否', to: '是' },
        ],
      },
    ]);
    expect(t1.values.rectResolved).toBe('是');
    expect(t1.state).toBe('待整改'); // a re-import never moves the state
    expect(await eventKinds(db, t1.id)).toEqual(['created', 'updated']);
    const t1Imported = await importViolations(db, [sheetRow(3, { patchId: 'T001', verdict: '违法' }, ['patchId', 'verdict', 'town'])], importOptions(T3));
    expect(t1Imported.updated[0]?.changes).toEqual([{ field: 'town', from: '城关镇' }]);
    expect((await itemByPatch(db, 'T001')).town).toBeUndefined();
    // A patch re-judged 合法 stays in the ledger with the change recorded; a new 合法 patch never enters.
    const rejudged = await importViolations(db, [sheetRow(4, { patchId: 'T002', verdict: '合法' }, ['patchId', 'verdict']), sheetRow(5, { patchId: 'T009', verdict: '合法' }, ['patchId', 'verdict'])], importOptions(T3));
    expect(rejudged.updated[0]?.changes).toEqual([{ field: 'verdict', from: '违法', to: '合法' }]);
    expect(rejudged.created).toEqual([]);
    expect(await db.items.count()).toBe(2);
  });
});

describe('addItemByHand', () => {
  it('adds an item and refuses a duplicate or a missing 图斑编号', async () => {
    const db = freshDb();
    const added = await addItemByHand(
      db,
      {
        patchId: 'H001',
        town: '河口乡',
        rectResolved: '否',
        rectMeasure: ' 拆除 ',
      },
      { who: '王五', at: T1, reason: '历史未整改案件' },
    );
    expect(added.ok).toBe(true);
    const item = await itemByPatch(db, 'H001');
    expect(item).toMatchObject({
      state: '待整改',
      source: { kind: 'hand' },
      values: { rectMeasure: '拆除' },
    });
    expect(await db.events.where('itemId').equals(item.id).first()).toMatchObject({ kind: 'created', why: '历史未整改案件', who: '王五' });
    expect(await addItemByHand(db, { patchId: 'H001' }, { who: '王五', at: T2 })).toMatchObject({ ok: false, code: 'duplicate-patch-id' });
    expect(await addItemByHand(db, { town: '河口乡' }, { who: '王五', at: T2 })).toMatchObject({ ok: false, code: 'patch-id-required' });
    expect(await db.items.count()).toBe(1);
  });
});

describe('editItem', () => {
  it('records the changed fields only and refuses 已销号 items and 图斑编号 changes', async () => {
    const db = freshDb();
    await addItemByHand(db, { patchId: 'H001', rectMeasure: '拆除' }, { who: '王五', at: T1 });
    const { id } = await itemByPatch(db, 'H001');
    const edit = await editItem(db, id, { rectMeasure: '拆除', rectPlannedDate: '2024年6月30日' }, { ...who, reason: '乡镇上报计划' });
    expect(edit).toEqual({
      ok: true,
      changes: [{ field: 'rectPlannedDate', to: '2024年6月30日' }],
    });
    expect((await itemByPatch(db, 'H001')).plannedDate).toBe('2024-06-30');
    expect(await editItem(db, id, { rectMeasure: '拆除' }, who)).toEqual({
      ok: true,
      changes: [],
    });
    expect(await eventKinds(db, id)).toEqual(['created', 'updated']);
    expect(await editItem(db, id, { patchId: 'H002' }, who)).toMatchObject({
      ok: false,
      code: 'patch-id-fixed',
    });
    expect(await editItem(db, 999, { town: 'x' }, who)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});

describe('transition', () => {
  it('follows 待整改 → 整改中 → 待验收, and a rejected 验收 returns to 整改中 with a reason', async () => {
    const db = freshDb();
    await addItemByHand(db, { patchId: 'H001' }, { who: '王五', at: T1 });
    const { id } = await itemByPatch(db, 'H001');
    expect(await transition(db, id, '整改中', who)).toEqual({
      ok: true,
      from: '待整改',
      to: '整改中',
    });
    expect(await transition(db, id, '待验收', { ...who, setResolved: true })).toMatchObject({ ok: true });
    expect(await transition(db, id, '整改中', who)).toMatchObject({
      ok: false,
      code: 'reason-required',
    });
    expect(await transition(db, id, '整改中', { ...who, reason: '现场仍有建筑物' })).toMatchObject({ ok: true, from: '待验收' });
    const events = await db.events.where('itemId').equals(id).sortBy('id');
    expect(events.map((e) => e.kind)).toEqual(['created', 'transition', 'updated', 'transition', 'transition']);
    expect(events[4]).toMatchObject({
      why: '现场仍有建筑物',
      data: { from: '待验收', to: '整改中' },
    });
  });

  it('refuses invalid moves with a zh-CN reason and changes nothing', async () => {
    const db = freshDb();
    await addItemByHand(db, { patchId: 'H001' }, { who: '王五', at: T1 });
    const { id } = await itemByPatch(db, 'H001');
    const skip = await transition(db, id, '待验收', who);
    expect(skip).toMatchObject({ ok: false, code: 'invalid-transition' });
    expect(!skip.ok && skip.reason).toMatch(/不能从“待整改”直接改为“待验收”/u);
    expect(await transition(db, id, '已销号', who)).toMatchObject({
      ok: false,
      code: 'close-via-close-item',
    });
    expect(await transition(db, id, '待整改', who)).toMatchObject({
      ok: false,
      code: 'same-state',
    });
    expect(await transition(db, 4242, '整改中', who)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect((await itemByPatch(db, 'H001')).state).toBe('待整改');
    expect(await eventKinds(db, id)).toEqual(['created']);
  });
});

describe('attachEvidence and removeEvidence', () => {
  it('stores the Blob with metadata; removal drops the Blob and keeps the row and both events', async () => {
    const db = freshDb();
    await addItemByHand(db, { patchId: 'H001' }, { who: '王五', at: T1 });
    const { id } = await itemByPatch(db, 'H001');
    const attached = await attachEvidence(db, id, photo('现场.jpg'), who);
    if (!attached.ok) throw new Error(attached.reason);
    const row = await db.evidence.get(attached.evidenceId);
    expect(row).toMatchObject({
      itemId: id,
      kind: 'photo',
      name: '现场.jpg',
      type: 'image/jpeg',
      size: 4,
      addedBy: '李四',
      addedAt: T2,
    });
    expect(row?.blob).toBeInstanceOf(Blob);
    expect(
      await removeEvidence(db, attached.evidenceId, {
        who: '赵六',
        at: T3,
        reason: '传错照片',
      }),
    ).toEqual({ ok: true, itemId: id });
    const removed = await db.evidence.get(attached.evidenceId);
    expect(removed?.blob).toBeUndefined();
    expect(removed).toMatchObject({
      name: '现场.jpg',
      size: 4,
      removedAt: T3,
      removedBy: '赵六',
    });
    expect(await removeEvidence(db, attached.evidenceId, who)).toMatchObject({
      ok: false,
      code: 'already-removed',
    });
    const events = await db.events.where('itemId').equals(id).sortBy('id');
    expect(events.map((e) => e.kind)).toEqual(['created', 'evidence-added', 'evidence-removed']);
    expect(events[2]).toMatchObject({
      who: '赵六',
      why: '传错照片',
      data: { evidenceId: attached.evidenceId, name: '现场.jpg' },
    });
    expect(await attachEvidence(db, 999, photo(), who)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});

describe('closeItem (销号)', () => {
  async function readyItem(db: TubanLintDb, values: Partial<Record<FieldId, string>>): Promise<number> {
    const added = await addItemByHand(db, { patchId: 'C001', rectResolved: '是', ...values }, { who: '王五', at: T1 });
    if (!added.ok) throw new Error(added.reason);
    return added.itemId;
  }

  it('拆除复耕 without a photo is blocked; after a photo is attached it closes', async () => {
    const db = freshDb();
    const id = await readyItem(db, {
      rectMeasure: '拆除复耕',
      reclaimCertNo: '复耕证明〔2024〕3号',
    });
    expect((await db.items.get(id))?.state).toBe('待验收');
    const blocked = await closeItem(db, id, closeOpts);
    expect(blocked).toMatchObject({
      ok: false,
      code: 'rules-block',
      blocking: [
        {
          ruleId: 'photo-required-for-demolition',
          severity: 'error',
          messageId: 'noPhoto',
          data: { rectMeasure: '拆除复耕' },
        },
      ],
    });
    expect((await db.items.get(id))?.state).toBe('待验收');
    expect(await eventKinds(db, id)).toEqual(['created']);
    await attachEvidence(db, id, photo(), who);
    const closed = await closeItem(db, id, { ...closeOpts, at: T3 });
    expect(closed).toMatchObject({ ok: true, photoCount: 1 });
    expect((await db.items.get(id))?.state).toBe('已销号');
    const last = (await db.events.where('itemId').equals(id).sortBy('id')).at(-1);
    expect(last).toMatchObject({
      kind: 'closed',
      at: T3,
      data: { from: '待验收', photoCount: 1, profileId: 'national' },
    });
  });

  it('a removed photo no longer counts', async () => {
    const db = freshDb();
    // 拆除 is of the demolition class: its 到位证明 is filed, so only the photo is in question.
    const id = await readyItem(db, { rectMeasure: '拆除', reclaimCertNo: '到位证明〔2024〕3号' });
    const attached = await attachEvidence(db, id, photo(), who);
    await attachEvidence(
      db,
      id,
      {
        kind: 'document',
        name: '验收意见.pdf',
        blob: new Blob(['%PDF'], { type: 'application/pdf' }),
      },
      who,
    );
    if (!attached.ok) throw new Error(attached.reason);
    await removeEvidence(db, attached.evidenceId, who);
    expect(await closeItem(db, id, closeOpts)).toMatchObject({
      ok: false,
      blocking: [{ ruleId: 'photo-required-for-demolition' }],
    });
  });

  it('拆除复耕 needs its 拆除复耕到位证明 for 验收 even with photos', async () => {
    const db = freshDb();
    const id = await readyItem(db, { rectMeasure: '拆除复耕' });
    await attachEvidence(db, id, photo(), who);
    expect(await closeItem(db, id, closeOpts)).toMatchObject({
      ok: false,
      blocking: [{ ruleId: 'reclaim-certificate-required', severity: 'info' }],
    });
  });

  it('补办手续 without 文号 or 批准时间 is blocked, with the missing fields in the data', async () => {
    const db = freshDb();
    const id = await readyItem(db, {
      rectMeasure: '补办手续',
      approvalNo: '某政土〔2023〕5号',
    });
    const blocked = await closeItem(db, id, closeOpts);
    expect(blocked).toMatchObject({
      ok: false,
      code: 'rules-block',
      blocking: [{ ruleId: 'procedures-approval-required', fields: ['approvalDate'] }],
    });
    await editItem(db, id, { approvalDate: '2023-11-02' }, who);
    expect(await closeItem(db, id, closeOpts)).toMatchObject({
      ok: true,
      photoCount: 0,
    });
  });

  it('blocks over-collected fines and a resolved item without 整改措施', async () => {
    const db = freshDb();
    const id = await readyItem(db, {
      fineAmount: '1000',
      fineCollected: '1200',
    });
    const blocked = await closeItem(db, id, closeOpts);
    expect(!blocked.ok && 'blocking' in blocked ? blocked.blocking?.map((b) => b.ruleId) : []).toEqual(['fine-overcollected', 'resolved-measure-required']);
  });

  it('refuses before 验收 and when the violation is not resolved', async () => {
    const db = freshDb();
    await addItemByHand(db, { patchId: 'C002', rectMeasure: '没收' }, { who: '王五', at: T1 });
    const { id } = await itemByPatch(db, 'C002');
    expect(await closeItem(db, id, closeOpts)).toMatchObject({
      ok: false,
      code: 'not-accepted',
    });
    await transition(db, id, '整改中', who);
    await transition(db, id, '待验收', { ...who, setResolved: true });
    // Set back to 否 while waiting for 验收: 销号 is refused.
    await editItem(db, id, { rectResolved: '否' }, who);
    expect(await closeItem(db, id, closeOpts)).toMatchObject({
      ok: false,
      code: 'not-resolved',
    });
    await editItem(db, id, { rectResolved: '是' }, who);
    expect(await closeItem(db, id, closeOpts)).toMatchObject({ ok: true });
    expect(await closeItem(db, id, closeOpts)).toMatchObject({
      ok: false,
      code: 'already-closed',
    });
  });
});

describe('reopenItem (复核 finds 复建)', () => {
  it('reopens an 已销号 item to 整改中, sets 消除违法状态 to 否 and freezes nothing else', async () => {
    const db = freshDb();
    const added = await addItemByHand(db, { patchId: 'R001', rectResolved: '是', rectMeasure: '拆除', reclaimCertNo: '到位证明〔2024〕3号' }, { who: '王五', at: T1 });
    if (!added.ok) throw new Error(added.reason);
    const id = added.itemId;
    const attached = await attachEvidence(db, id, photo(), who);
    await closeItem(db, id, closeOpts);
    if (!attached.ok) throw new Error(attached.reason);
    expect(await removeEvidence(db, attached.evidenceId, who)).toMatchObject({
      ok: false,
      code: 'closed',
    });
    expect(await editItem(db, id, { town: 'x' }, who)).toMatchObject({
      ok: false,
      code: 'closed',
    });
    expect(await transition(db, id, '整改中', who)).toMatchObject({
      ok: false,
      code: 'reopen-via-reopen-item',
    });
    expect(await reopenItem(db, id, { ...who, reason: ' ' })).toMatchObject({
      ok: false,
      code: 'reason-required',
    });
    expect(
      await reopenItem(db, id, {
        who: '市局复核组',
        at: T3,
        reason: '2024年复核发现复建',
      }),
    ).toEqual({ ok: true, itemId: id });
    const item = await db.items.get(id);
    expect(item).toMatchObject({
      state: '整改中',
      values: { rectResolved: '否' },
    });
    const last = (await db.events.where('itemId').equals(id).sortBy('id')).at(-1);
    expect(last).toMatchObject({
      kind: 'reopened',
      why: '2024年复核发现复建',
      data: {
        from: '已销号',
        to: '整改中',
        changes: [{ field: 'rectResolved', from: '是', to: '否' }],
      },
    });
    expect(await reopenItem(db, id, { ...who, reason: '再次' })).toMatchObject({
      ok: false,
      code: 'not-closed',
    });
  });
});
