import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type TubanLintDb } from '../db/schema';
import { freshDb } from '../ledger/ledger-test-helpers';
import { readBackup, writeBackupFile, type BackupContents } from './backup-file';
import { LAST_BACKUP_KEY } from './backup-reminder';
import { dumpDb, fillEveryTable } from './backup-test-helpers';
import { BACKUP_TABLES, tablesAtVersion } from './backup-tables';
import { backupFileName, createBackup } from './create-backup';
import { restoreBackup } from './restore-backup';

const AT = '2024-02-01T09:30:00.000Z';

async function readOk(file: Blob): Promise<BackupContents> {
  const read = await readBackup(file);
  if (!read.ok) throw new Error(`refused: ${read.reason}`);
  return read.backup;
}

async function backedUp(db: TubanLintDb) {
  const created = await createBackup(db, { at: AT });
  return { created, text: await created.blob.text() };
}

function file(text: string, name = '图斑校核备份.json'): File {
  return new File([text], name, { type: 'application/json' });
}

async function withDb<T>(run: (db: TubanLintDb) => Promise<T>): Promise<T> {
  const db = freshDb();
  try {
    return await run(db);
  } finally {
    db.close();
    await db.delete();
  }
}

describe('backup tables', () => {
  it('lists exactly the tables of the database, none introduced after SCHEMA_VERSION', () => {
    const db = freshDb();
    expect(Object.keys(BACKUP_TABLES).sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect(tablesAtVersion(SCHEMA_VERSION)).toEqual(db.tables.map((t) => t.name).sort());
    expect(tablesAtVersion(1)).toEqual(['events', 'evidence', 'imports', 'items']);
  });
});

describe('createBackup → readBackup → restoreBackup', () => {
  it('round-trips every table of the database: ids, history, evidence bytes, settings', async () => {
    await withDb(async (source) => {
      await fillEveryTable(source);
      const { created } = await backedUp(source);
      const before = await dumpDb(source);
      // The fixture must touch every table, so a table added later cannot be skipped unnoticed.
      for (const table of source.tables) expect(before[table.name]?.length, table.name).toBeGreaterThan(0);

      const backup = await readOk(created.blob);
      expect(backup.schemaVersion).toBe(SCHEMA_VERSION);
      expect(backup.counts).toEqual(Object.fromEntries(Object.entries(before).map(([name, rows]) => [name, rows.length])));
      await withDb(async (target) => {
        const progress: number[] = [];
        const restored = await restoreBackup(target, backup, { onProgress: (written, total) => progress.push(written / total) });
        expect(restored).toMatchObject({ ok: true });
        expect(progress.at(-1)).toBe(1);
        expect(progress).toEqual([...progress].sort((x, y) => x - y));
        expect(await dumpDb(target)).toEqual(before);
        const photoRow = await target.evidence.get(1);
        expect(photoRow?.blob).toBeInstanceOf(Blob);
        expect(photoRow?.blob?.type).toBe('image/jpeg');
      });
    });
  });

  it('writes one JSON document with format, version, time, counts and a SHA-256 checksum', async () => {
    await withDb(async (db) => {
      await fillEveryTable(db);
      const { created, text } = await backedUp(db);
      const parsed = JSON.parse(text) as Record<string, unknown>;
      expect(parsed).toMatchObject({ format: 'tuban-lint-backup', schemaVersion: SCHEMA_VERSION, createdAt: AT });
      expect(parsed.checksum).toMatch(/^[0-9a-f]{64}$/u);
      expect(parsed.checksum).toBe(created.checksum);
      expect(Object.keys(parsed.tables as object).sort()).toEqual(db.tables.map((t) => t.name).sort());
      expect(created.counts.items).toBe(3);
      const evidence = (parsed.tables as Record<string, { blob?: { $blob: string; type: string } }[]>).evidence ?? [];
      expect(evidence[0]?.blob).toEqual({ $blob: btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xe0)), type: 'image/jpeg' });
      expect(evidence[1]?.blob).toBeUndefined(); // removed: the Blob was dropped, the metadata stays
      expect(created.fileName).toBe(backupFileName(AT));
      expect(created.fileName).toMatch(/^图斑校核备份-\d{8}-\d{4}\.json$/u);
    });
  });

  it('records the time of the backup, and the file already holds it', async () => {
    await withDb(async (db) => {
      await fillEveryTable(db);
      const { created } = await backedUp(db);
      expect(await db.settings.get(LAST_BACKUP_KEY)).toEqual({ key: LAST_BACKUP_KEY, value: AT });
      const after = await dumpDb(db);
      await withDb(async (target) => {
        await restoreBackup(target, await readOk(created.blob));
        expect(await dumpDb(target)).toEqual(after);
      });
    });
  });

  it('backs up an empty database, and restoring it empties a full one', async () => {
    await withDb(async (empty) => {
      const { created } = await backedUp(empty);
      await withDb(async (full) => {
        await fillEveryTable(full);
        expect(await restoreBackup(full, await readOk(created.blob))).toMatchObject({ ok: true });
        const dump = await dumpDb(full);
        expect(Object.entries(dump).filter(([, rows]) => rows.length > 0)).toEqual([['settings', [{ key: LAST_BACKUP_KEY, value: AT }]]]);
      });
    });
  });

  it('replaces data changed since the backup, and new ids continue above the restored ones', async () => {
    await withDb(async (db) => {
      await fillEveryTable(db);
      const { created } = await backedUp(db);
      const before = await dumpDb(db);
      await db.items.update(1, { state: '待验收' });
      await db.items.add({ patchId: 'B100', state: '待整改', values: { patchId: 'B100' }, source: { kind: 'hand' }, createdAt: AT, updatedAt: AT });
      await db.evidence.clear();
      expect(await restoreBackup(db, await readOk(created.blob))).toMatchObject({ ok: true });
      expect(await dumpDb(db)).toEqual(before);
    });
    await withDb(async (source) => {
      await fillEveryTable(source);
      const { created } = await backedUp(source);
      await withDb(async (target) => {
        await restoreBackup(target, await readOk(created.blob));
        const maxEvent = (await target.events.orderBy(':id').last())?.id ?? 0;
        const id = await target.events.add({ itemId: 1, at: AT, who: '王五', kind: 'transition', data: { kind: 'transition', from: '整改中', to: '待验收' } });
        expect(id).toBeGreaterThan(maxEvent);
      });
    });
  });

  it('verifies files written in many chunks, with a large photo', async () => {
    await withDb(async (db) => {
      await fillEveryTable(db);
      const bytes = new Uint8Array(120_000).map((_, i) => (i * 7919) % 251);
      await db.evidence.add({ itemId: 1, kind: 'photo', name: 'large.jpg', type: 'image/jpeg', size: bytes.length, addedAt: AT, addedBy: '王五', blob: new Blob([bytes], { type: 'image/jpeg' }) });
      const original = await readOk((await createBackup(db, { at: AT })).blob);
      const tables = [...original.tables].map(([name, rows]) => ({ name, rows }));
      const { blob } = await writeBackupFile({ schemaVersion: SCHEMA_VERSION, createdAt: AT, tables, integrity: { algorithm: 'SHA-256', chunkRows: 2, chunkChars: 300 } });
      expect((await blob.text()).split('\n')[0]).toContain('"chunkRows":2');
      const backup = await readOk(blob);
      await withDb(async (target) => {
        await restoreBackup(target, backup);
        const row = (await target.evidence.toArray()).find((e) => e.name === 'large.jpg');
        expect(new Uint8Array((await row?.blob?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);
        expect(await dumpDb(target)).toEqual(await dumpDb(db));
      });
      // One changed row inside the multi-chunk file is still caught.
      const text = await blob.text();
      expect(await readBackup(file(text.replace('B002', 'B00X')))).toMatchObject({ ok: false, code: 'damaged' });
    });
  });

  it('accepts a copy with Windows line endings', async () => {
    await withDb(async (db) => {
      await fillEveryTable(db);
      const { text } = await backedUp(db);
      expect(await readBackup(file(text.replaceAll('\n', '\r\n')))).toMatchObject({ ok: true });
    });
  });
});

describe('readBackup refusals (one zh-CN sentence each)', () => {
  async function sample(): Promise<string> {
    return withDb(async (db) => {
      await fillEveryTable(db);
      return (await backedUp(db)).text;
    });
  }

  it('refuses a file that is not JSON', async () => {
    const read = await readBackup(file('图斑编号,乡镇\nB001,城关镇\n', '台账.csv'));
    expect(read).toMatchObject({ ok: false, code: 'not-json' });
    if (!read.ok) expect(read.reason).toContain('台账.csv');
    expect(await readBackup(file(''))).toMatchObject({ ok: false, code: 'not-json' });
    expect(await readBackup(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2])], 'IMG.jpg'))).toMatchObject({ ok: false, code: 'not-json' });
  });

  it('refuses JSON that is not a tuban-lint backup', async () => {
    expect(await readBackup(file('{"items":[]}'))).toMatchObject({ ok: false, code: 'not-backup' });
    expect(await readBackup(file('[1,2,3]'))).toMatchObject({ ok: false, code: 'not-backup' });
    const other = (await sample()).replace('"format":"tuban-lint-backup"', '"format":"other-backup"');
    expect(await readBackup(file(other))).toMatchObject({ ok: false, code: 'not-backup' });
  });

  it('refuses an edited or damaged file: checksum, truncation, re-formatting', async () => {
    const text = await sample();
    const edited = text.replace('"town":"新集镇"', '"town":"城关镇"');
    expect(edited).not.toBe(text);
    const read = await readBackup(file(edited));
    expect(read).toMatchObject({ ok: false, code: 'damaged' });
    if (!read.ok) expect(read.reason).toMatch(/校验和不符/u);
    // A header field is covered too.
    expect(await readBackup(file(text.replace(`"createdAt":"${AT}"`, '"createdAt":"2024-02-02T09:30:00.000Z"')))).toMatchObject({ ok: false, code: 'damaged' });
    // A dropped row, with the count left alone or fixed up.
    const lines = text.split('\n');
    const rowIndex = lines.findIndex((l) => l.includes('"patchId":"B002"') && l.includes('"state"'));
    const dropped = lines.filter((_, i) => i !== rowIndex).join('\n');
    expect(await readBackup(file(dropped))).toMatchObject({ ok: false, code: 'damaged' });
    // Truncated (an interrupted download).
    expect(await readBackup(file(text.slice(0, Math.floor(text.length * 0.6))))).toMatchObject({ ok: false, code: 'damaged' });
    expect(await readBackup(file(text.slice(0, text.lastIndexOf('},"checksum"'))))).toMatchObject({ ok: false, code: 'damaged' });
    // The same data, pretty-printed by an editor: no longer verifiable.
    expect(await readBackup(file(JSON.stringify(JSON.parse(text), null, 2)))).toMatchObject({ ok: false, code: 'damaged' });
    // Trailing junk.
    expect(await readBackup(file(`${text}{"x":1}\n`))).toMatchObject({ ok: false, code: 'damaged' });
  });

  it('refuses a file made by a newer version and says to update first', async () => {
    const newer = await writeBackupFile({ schemaVersion: SCHEMA_VERSION + 1, createdAt: AT, tables: [] });
    const read = await readBackup(new File([newer.blob], 'new.json'));
    expect(read).toMatchObject({ ok: false, code: 'newer-version' });
    if (!read.ok) expect(read.reason).toMatch(/较新版本.*请先更新/u);
    // The version is checked before the checksum: an edited version number says “newer” too.
    const text = await sample();
    expect(await readBackup(file(text.replace(`"schemaVersion":${SCHEMA_VERSION}`, `"schemaVersion":${SCHEMA_VERSION + 1}`)))).toMatchObject({ ok: false, code: 'newer-version' });
    // And so does a pretty-printed newer file.
    expect(await readBackup(file(JSON.stringify({ format: 'tuban-lint-backup', schemaVersion: SCHEMA_VERSION + 1 }, null, 2)))).toMatchObject({ ok: false, code: 'newer-version' });
  });

  it('refuses a file missing a table of its version, and one with a table its version did not have', async () => {
    const missing = await writeBackupFile({ schemaVersion: SCHEMA_VERSION, createdAt: AT, tables: tablesAtVersion(SCHEMA_VERSION).filter((t) => t !== 'evidence').map((name) => ({ name, rows: [] })) });
    const read = await readBackup(missing.blob);
    expect(read).toMatchObject({ ok: false, code: 'missing-tables' });
    if (!read.ok) expect(read.reason).toContain('证明材料');
    const extra = await writeBackupFile({ schemaVersion: 1, createdAt: AT, tables: tablesAtVersion(2).map((name) => ({ name, rows: [] })) });
    expect(await readBackup(extra.blob)).toMatchObject({ ok: false, code: 'unknown-tables' });
  });

  it('accepts a backup of an older version; its later tables are restored empty', async () => {
    await withDb(async (source) => {
      await fillEveryTable(source);
      const current = await readOk((await createBackup(source, { at: AT })).blob);
      const v1Tables = tablesAtVersion(1).map((name) => ({ name, rows: current.tables.get(name) ?? [] }));
      const v1 = await readOk((await writeBackupFile({ schemaVersion: 1, createdAt: AT, tables: v1Tables })).blob);
      expect(v1.schemaVersion).toBe(1);
      expect(Object.keys(v1.counts).sort()).toEqual(['events', 'evidence', 'imports', 'items']);
      const before = await dumpDb(source);
      await withDb(async (target) => {
        await target.settings.put({ key: 'operator', value: '赵六' });
        expect(await restoreBackup(target, v1)).toMatchObject({ ok: true });
        const after = await dumpDb(target);
        for (const name of tablesAtVersion(1)) expect(after[name], name).toEqual(before[name]);
        expect(after.settings).toEqual([]);
        expect(after.reviews).toEqual([]);
      });
    });
  });
});

describe('restoreBackup is all or nothing', () => {
  it('leaves the database untouched when a row cannot be written', async () => {
    await withDb(async (db) => {
      await fillEveryTable(db);
      const good = await readOk((await createBackup(db, { at: AT })).blob);
      const before = await dumpDb(db);
      const items = good.tables.get('items') ?? [];
      // Two items with one 图斑编号: the unique index refuses the second, after the other tables were cleared and refilled.
      const clash = (items[1] ?? '').replace('"patchId":"B002"', '"patchId":"B001"');
      const broken: BackupContents = { ...good, tables: new Map([...good.tables, ['items', [items[0] ?? '', clash, items[2] ?? '']]]) };
      const result = await restoreBackup(db, broken);
      expect(result).toMatchObject({ ok: false, code: 'restore-failed' });
      if (!result.ok) expect(result.reason).toMatch(/图斑台账.*第 2 条.*未作任何改动/u);
      expect(await dumpDb(db)).toEqual(before);

      const garbled: BackupContents = { ...good, tables: new Map([...good.tables, ['reviews', ['{"patchId":']]]) };
      expect(await restoreBackup(db, garbled)).toMatchObject({ ok: false, code: 'restore-failed' });
      expect(await dumpDb(db)).toEqual(before);

      const keyless: BackupContents = { ...good, tables: new Map([...good.tables, ['events', ['{"itemId":1}']]]) };
      expect(await restoreBackup(db, keyless)).toMatchObject({ ok: false, code: 'restore-failed' });
      expect(await dumpDb(db)).toEqual(before);

      expect(await restoreBackup(db, { ...good, schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({ ok: false, code: 'newer-version' });
      expect(await dumpDb(db)).toEqual(before);
    });
  });
});
