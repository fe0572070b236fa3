import type { FieldId } from '../../shared/model/field-dictionary';
import type { TubanLintDb } from '../db/schema';
import { attachEvidence, importViolations, removeEvidence, transition } from '../ledger/index';
import { importOptions, photo, sheetRow } from '../ledger/ledger-test-helpers';

// Test helpers only (fake-indexeddb must be loaded by the test file first).

/** A Blob as comparable data: its type and bytes. */
export interface BlobDump {
  readonly blobType: string;
  readonly bytes: Uint8Array;
}

async function dumpValue(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blobType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) } satisfies BlobDump;
  if (Array.isArray(value)) return Promise.all(value.map(dumpValue));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await dumpValue(item);
    return out;
  }
  return value;
}

/** Every row of every table (primary-key order), Blobs as bytes: two databases are identical when their dumps are equal. */
export async function dumpDb(db: TubanLintDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) out[table.name] = (await Promise.all((await table.toArray()).map(dumpValue))) as unknown[];
  return out;
}

const COLUMNS: FieldId[] = ['patchId', 'town', 'verdict', 'rectMeasure', 'rectResolved', 'rectPlannedDate'];

/**
 * A ledger with a row in every table of the current schema: imported items (one with a photo, a
 * document and a removed photo), transitions, settings, a remembered header mapping and a 复核 subject.
 */
export async function fillEveryTable(db: TubanLintDb): Promise<void> {
  const at = (minute: number) => new Date(Date.UTC(2024, 0, 10, 8, minute)).toISOString();
  const outcome = await importViolations(
    db,
    [
      sheetRow(3, { patchId: 'B001', town: '城关镇', verdict: '违法', rectMeasure: '拆除复耕', rectResolved: '否', rectPlannedDate: '2024/3/31' }, COLUMNS),
      sheetRow(4, { patchId: 'B002', town: '新集镇', verdict: '违法', rectMeasure: '补办手续', rectResolved: '是' }, COLUMNS),
      sheetRow(5, { patchId: 'B003', town: '城关镇', verdict: '违法', rectMeasure: '没收', rectResolved: '否' }, COLUMNS),
    ],
    importOptions(at(0)),
  );
  const [first] = outcome.created;
  if (first === undefined) throw new Error('import created nothing');
  const actor = (minute: number) => ({ who: '王五', at: at(minute) });
  await transition(db, first, '整改中', actor(1));
  const kept = await attachEvidence(db, first, photo('IMG_0001.jpg'), actor(2));
  const dropped = await attachEvidence(db, first, photo('IMG_0002.jpg'), actor(3));
  await attachEvidence(db, first, { kind: 'document', name: '验收意见.pdf', blob: new Blob(['%PDF-1.4 验收意见'], { type: 'application/pdf' }) }, actor(4));
  if (!kept.ok || !dropped.ok) throw new Error('attach failed');
  await removeEvidence(db, dropped.evidenceId, { ...actor(5), reason: '拍错了' });
  await db.settings.put({ key: 'operator', value: '王五' });
  await db.mappings.put({ headerKey: '图斑编号|乡镇|判定结果', headers: ['图斑编号', '乡镇', '判定结果'], columns: { '0': 'patchId', '1': 'town', '2': null }, updatedAt: at(6) });
  await db.reviews.put({
    patchId: 'B009',
    reason: '设施农用地',
    town: '城关镇',
    since: '2024-01-31',
    values: { patchId: 'B009', town: '城关镇' },
    checks: [{ at: at(7), who: '王五', outcome: '无变化', note: '现场无变化' }],
  });
}
