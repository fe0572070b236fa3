import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FieldId } from '../../shared/model/field-dictionary';
import { buildRecord } from '../../shared/model/patch-record';
import { importViolations } from './import-violations';
import { freshDb, importOptions } from './ledger-test-helpers';

// Review findings on the 违法面积 an item gets from several rows of one 图斑编号.

const T1 = '2024-01-10T08:00:00.000Z';
const units = { violationArea: 'ha' as const };

async function areaAfterImport(rows: readonly Partial<Record<FieldId, string>>[], present: readonly FieldId[]): Promise<string | undefined> {
  const db = freshDb();
  const outcome = await importViolations(
    db,
    rows.map((raw, i) => ({ row: i + 3, record: buildRecord(raw, { present, units }) })),
    importOptions(T1),
  );
  expect(outcome.created).toHaveLength(1);
  return (await db.items.get(outcome.created[0] as number))?.values.violationArea;
}

describe('importViolations: areas of a patch filed on several rows', () => {
  it('leaves the area empty when one plot’s area is blank, instead of showing another plot’s as the patch’s', async () => {
    const present: FieldId[] = ['patchId', 'plotId', 'verdict', 'violationArea'];
    const area = await areaAfterImport(
      [
        { patchId: 'P1', plotId: 'P1-1', verdict: '违法', violationArea: '0.1200' },
        { patchId: 'P1', plotId: 'P1-2', verdict: '违法', violationArea: '' },
      ],
      present,
    );
    expect(area).toBeUndefined();
  });

  it('does not add up a row repeated without 地块编号 (the same patch filed twice)', async () => {
    const present: FieldId[] = ['patchId', 'verdict', 'violationArea'];
    const area = await areaAfterImport(
      [
        { patchId: 'P2', verdict: '违法', violationArea: '0.5' },
        { patchId: 'P2', verdict: '违法', violationArea: '0.5' },
      ],
      present,
    );
    expect(area).toBe('0.5公顷');
  });

  it('still sums plots with distinct 地块编号', async () => {
    const present: FieldId[] = ['patchId', 'plotId', 'verdict', 'violationArea'];
    const area = await areaAfterImport(
      [
        { patchId: 'P3', plotId: 'P3-1', verdict: '违法', violationArea: '0.5' },
        { patchId: 'P3', plotId: 'P3-2', verdict: '违法', violationArea: '0.25' },
      ],
      present,
    );
    expect(area).toBe('0.7500公顷');
  });
});
