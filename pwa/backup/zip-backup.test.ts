import 'fake-indexeddb/auto';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../db/schema';
import { freshDb } from '../ledger/ledger-test-helpers';
import { dumpDb, fillEveryTable } from './backup-test-helpers';
import { restoreBackup } from './restore-backup';
import { createZipBackup, isZipFile, readZipBackup } from './zip-backup';

// Issue 12 item 7: the .zip backup — rows as JSON lines, each photo its own entry, a manifest with
// SHA-256 per entry and the schema version; refused when damaged, edited or newer.

const AT = '2024-03-01T08:00:00.000Z';

async function zipOf(): Promise<{ bytes: Uint8Array; before: Record<string, unknown[]> }> {
  const db = freshDb();
  try {
    await fillEveryTable(db);
    const created = await createZipBackup(db, { at: AT });
    return { bytes: new Uint8Array(await created.blob.arrayBuffer()), before: await dumpDb(db) };
  } finally {
    db.close();
    await db.delete();
  }
}

function asFile(bytes: Uint8Array, name = '图斑校核备份.zip'): File {
  return new File([new Uint8Array(bytes)], name, { type: 'application/zip' });
}

describe('createZipBackup → readZipBackup → restoreBackup', () => {
  it('round-trips every table, photos as their own entries, into a clean database', async () => {
    const { bytes, before } = await zipOf();
    expect(await isZipFile(asFile(bytes))).toBe(true);
    const entries = unzipSync(bytes);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as { schemaVersion: number; entries: Record<string, { sha256: string }> };
    expect(manifest.schemaVersion).toBe(SCHEMA_VERSION);
    const fileEntries = Object.keys(entries).filter((p) => p.startsWith('files/'));
    expect(fileEntries.length).toBeGreaterThan(0);
    for (const path of Object.keys(entries)) if (path !== 'manifest.json') expect(manifest.entries[path]?.sha256).toMatch(/^[0-9a-f]{64}$/u);
    // No base64 photo inside the rows.
    for (const [path, data] of Object.entries(entries)) if (path.startsWith('tables/')) expect(strFromU8(data)).not.toMatch(/"\$blob":"[A-Za-z0-9+/=]{8,}"/u);

    const read = await readZipBackup(asFile(bytes));
    if (!read.ok) throw new Error(read.reason);
    const target = freshDb();
    try {
      expect(await restoreBackup(target, read.backup)).toMatchObject({ ok: true });
      expect(await dumpDb(target)).toEqual(before);
    } finally {
      target.close();
      await target.delete();
    }
  });

  it('refuses an edited entry, a missing one, a newer version and a zip that is no backup', async () => {
    const { bytes } = await zipOf();
    const entries = unzipSync(bytes);
    const photo = Object.keys(entries).find((p) => p.startsWith('files/')) as string;
    const edited = { ...entries, [photo]: new Uint8Array([1, 2, 3]) };
    expect(await readZipBackup(asFile(zipSync(edited)))).toMatchObject({ ok: false, code: 'damaged' });
    const { [photo]: _dropped, ...missing } = entries;
    expect(await readZipBackup(asFile(zipSync(missing)))).toMatchObject({ ok: false, code: 'damaged' });
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as Record<string, unknown>;
    const newer = { ...entries, 'manifest.json': strToU8(JSON.stringify({ ...manifest, schemaVersion: SCHEMA_VERSION + 1 })) };
    expect(await readZipBackup(asFile(zipSync(newer)))).toMatchObject({ ok: false, code: 'newer-version' });
    expect(await readZipBackup(asFile(zipSync({ 'a.txt': strToU8('x') })))).toMatchObject({ ok: false, code: 'not-a-backup' });
    // Cut in the middle: the manifest (the last entry) never arrives.
    expect(await readZipBackup(asFile(bytes.slice(0, Math.floor(bytes.length / 2))))).toMatchObject({ ok: false });
  });
});
