import type { FieldId } from '../../shared/model/field-dictionary';
import { buildRecord } from '../../shared/model/patch-record';
import { builtInProfile } from '../../shared/profiles/profiles';
import { TubanLintDb } from '../db/schema';
import { addItemByHand } from './add-item-by-hand';
import type { ImportRecord } from './import-violations';

// Test helpers only (fake-indexeddb must be loaded by the test file first).

let dbCount = 0;

/** A new, empty database (a unique name per call, so tests never share state). */
export function freshDb(): TubanLintDb {
  dbCount += 1;
  return new TubanLintDb(`tuban-lint-test-${dbCount}-${Math.random().toString(36).slice(2)}`);
}

export const PROFILE = builtInProfile('national');
export const AS_OF = '2024-01-31';

export function sheetRow(row: number, raw: Partial<Record<FieldId, unknown>>, present: readonly FieldId[] = []): ImportRecord {
  return { row, record: buildRecord(raw, { present }) };
}

export function photo(name = 'IMG_0001.jpg'): {
  kind: 'photo';
  name: string;
  blob: Blob;
} {
  return {
    kind: 'photo',
    name,
    blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], {
      type: 'image/jpeg',
    }),
  };
}

export function importOptions(at: string, who = '张三') {
  return {
    who,
    at,
    profile: PROFILE,
    asOf: AS_OF,
    file: '县级卫片执法图斑.xlsx',
  };
}

/** A new database holding one item entered by hand (H001, 城关镇, 拆除), for tests of one operation. */
export async function dbWithHandItem(at = '2024-01-10T08:00:00.000Z'): Promise<{ db: TubanLintDb; itemId: number }> {
  const db = freshDb();
  const added = await addItemByHand(db, { patchId: 'H001', town: '城关镇', rectMeasure: '拆除' }, { who: '张三', at });
  if (!added.ok) throw new Error(added.reason);
  return { db, itemId: added.itemId };
}
