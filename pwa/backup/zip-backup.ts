import { Unzip, UnzipInflate, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { SCHEMA_VERSION, type TubanLintDb } from '../db/schema';
import { refuse } from '../ledger/ledger-common';
import type { ReadBackupResult } from './backup-file';
import { LAST_BACKUP_KEY } from './backup-reminder';
import { isBackupTableName, tablesAtVersion } from './backup-tables';
import { BLOB_FILE_PREFIX, canonicalJson } from './canonical-json';
import { backupFileName, takeSnapshot } from './create-backup';

/**
 * The .zip backup (issue 12 item 7), for ledgers with many photos: one entry per chunk of table rows
 * (`tables/<table>/<n>.jsonl`, canonical rows, one per line), one binary entry per photo or document
 * (`files/<n>`, stored as is: photos are compressed already), and `manifest.json` last with the
 * schema version, the row counts, the entries of each table in order, and the size and SHA-256 of
 * every entry. A row refers to its file as `{"$blob":"file:files/<n>","type":…}`.
 *
 * Memory stays bounded: the zip is written to Blob parts a few MB at a time, and a file entry is
 * read, hashed and written one at a time; reading streams the file through fflate's Unzip, each
 * photo becoming a Blob as soon as it ends.
 */
export const ZIP_BACKUP_FORMAT = 'tuban-lint-backup-zip';
const MANIFEST = 'manifest.json';
/** Rows per table entry: entries stay a few MB, each hashed whole (WebCrypto has no incremental SHA-256). */
const ROWS_PER_ENTRY = 5000;
/** Output bytes gathered before they become one Blob part (out of the JavaScript heap). */
const PART_BYTES = 8 << 20;

interface Manifest {
  readonly format: typeof ZIP_BACKUP_FORMAT;
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly counts: Record<string, number>;
  /** Entry paths of each table's rows, in order. */
  readonly tables: Record<string, string[]>;
  readonly entries: Record<string, { readonly size: number; readonly sha256: string }>;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Collects fflate's output into Blob parts of PART_BYTES. */
class BlobSink {
  private pending: Uint8Array<ArrayBuffer>[] = [];
  private pendingBytes = 0;
  readonly parts: Blob[] = [];
  push(chunk: Uint8Array): void {
    this.pending.push(new Uint8Array(chunk));
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= PART_BYTES) this.flush();
  }
  flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

export interface CreatedZipBackup {
  readonly blob: Blob;
  readonly fileName: string;
  readonly createdAt: string;
  readonly counts: Record<string, number>;
}

/** Writes the whole database as a .zip backup (one read transaction, see takeSnapshot). */
export async function createZipBackup(db: TubanLintDb, options: { readonly at?: string } = {}): Promise<CreatedZipBackup> {
  const createdAt = options.at ?? new Date().toISOString();
  const snapshot = await takeSnapshot(db, createdAt);
  const sink = new BlobSink();
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else sink.push(chunk);
  });
  const entries: Manifest['entries'] = {};
  const addEntry = async (path: string, bytes: Uint8Array<ArrayBuffer>, compress: boolean) => {
    entries[path] = { size: bytes.length, sha256: await sha256Hex(bytes) };
    const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    zip.add(entry);
    entry.push(bytes, true);
  };
  const encoder = new TextEncoder();
  const tables: Manifest['tables'] = {};
  const counts: Record<string, number> = {};
  let fileCount = 0;
  for (const [name, rows] of snapshot) {
    tables[name] = [];
    counts[name] = rows.length;
    for (let start = 0; start < rows.length; start += ROWS_PER_ENTRY) {
      const lines: string[] = [];
      for (const row of rows.slice(start, start + ROWS_PER_ENTRY)) {
        if (typeof row === 'string') {
          lines.push(row);
          continue;
        }
        // Each Blob becomes its own entry; the row keeps a reference to it.
        const refs = new Map<Blob, string>();
        for (const blob of row.blobs) {
          fileCount += 1;
          const path = `files/${fileCount}`;
          await addEntry(path, new Uint8Array(await blob.arrayBuffer()), false);
          refs.set(blob, `${BLOB_FILE_PREFIX}${path}`);
        }
        lines.push(canonicalJson(row.row, refs));
      }
      const path = `tables/${name}/${String(start / ROWS_PER_ENTRY + 1).padStart(6, '0')}.jsonl`;
      tables[name].push(path);
      await addEntry(path, encoder.encode(lines.join('\n')), true);
    }
    snapshot.delete(name);
  }
  const manifest: Manifest = { format: ZIP_BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, createdAt, counts, tables, entries };
  const last = new ZipDeflate(MANIFEST, { level: 6 });
  zip.add(last);
  last.push(encoder.encode(JSON.stringify(manifest)), true);
  zip.end();
  if (failure) throw failure;
  sink.flush();
  await db.settings.put({ key: LAST_BACKUP_KEY, value: createdAt });
  return { blob: new Blob(sink.parts, { type: 'application/zip' }), fileName: backupFileName(createdAt).replace(/\.json$/u, '.zip'), createdAt, counts };
}

/** Whether a file is a zip (its first bytes are `PK\x03\x04`). */
export async function isZipFile(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<Manifest>;
  return (
    m.format === ZIP_BACKUP_FORMAT &&
    typeof m.schemaVersion === 'number' &&
    Number.isInteger(m.schemaVersion) &&
    typeof m.createdAt === 'string' &&
    typeof m.tables === 'object' &&
    m.tables !== null &&
    typeof m.entries === 'object' &&
    m.entries !== null &&
    typeof m.counts === 'object' &&
    m.counts !== null
  );
}

/**
 * Reads and verifies a .zip backup, streaming it: every entry's size and SHA-256 must match the
 * manifest, every table's rows must add up to its count, and the tables must be those of its schema
 * version. A damaged, edited or foreign file is refused with one sentence naming it.
 */
export async function readZipBackup(file: Blob & { readonly name?: string }): Promise<ReadBackupResult> {
  const fileName = file.name ?? '备份文件';
  const damaged = (what: string) => refuse('damaged', `备份文件“${fileName}”已损坏或被修改（${what}），不能用于恢复。`);
  const texts = new Map<string, Uint8Array<ArrayBuffer>>();
  const files = new Map<string, Blob>();
  const pending: Promise<void>[] = [];
  let failure: string | undefined;
  const unzip = new Unzip((entry) => {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    pending.push(
      new Promise<void>((resolve) => {
        entry.ondata = (error, data, final) => {
          if (error) {
            failure = `${entry.name}：${error.message}`;
            resolve();
            return;
          }
          chunks.push(new Uint8Array(data));
          if (!final) return;
          if (entry.name.startsWith('files/')) files.set(entry.name, new Blob(chunks));
          else texts.set(entry.name, concat(chunks));
          resolve();
        };
      }),
    );
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        unzip.push(new Uint8Array(0), true);
        break;
      }
      unzip.push(value);
    }
    await Promise.all(pending);
  } catch (error) {
    return damaged(`无法解压：${error instanceof Error ? error.message : String(error)}`);
  }
  if (failure !== undefined) return damaged(failure);
  const manifestBytes = texts.get(MANIFEST);
  if (manifestBytes === undefined) return refuse('not-a-backup', `“${fileName}”不是图斑校核的备份文件（缺少 ${MANIFEST}）。`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch {
    return damaged(`${MANIFEST} 无法读取`);
  }
  if (!isManifest(manifest)) return refuse('not-a-backup', `“${fileName}”不是图斑校核的备份文件。`);
  if (manifest.schemaVersion > SCHEMA_VERSION)
    return refuse('newer-version', `备份文件“${fileName}”由较新版本的图斑校核创建（数据版本 ${manifest.schemaVersion}），请先更新本程序再恢复。`);

  // Every entry present as listed, none unlisted, each with its size and hash.
  const present = new Set([...texts.keys(), ...files.keys()].filter((p) => p !== MANIFEST));
  for (const path of Object.keys(manifest.entries)) if (!present.has(path)) return damaged(`缺少 ${path}`);
  for (const path of present) if (!(path in manifest.entries)) return damaged(`多出 ${path}`);
  for (const [path, expected] of Object.entries(manifest.entries)) {
    const bytes = texts.get(path) ?? new Uint8Array(await (files.get(path) as Blob).arrayBuffer());
    if (bytes.length !== expected.size || (await sha256Hex(bytes)) !== expected.sha256) return damaged(`${path} 校验不符`);
  }
  const expectedTables = tablesAtVersion(manifest.schemaVersion);
  const names = Object.keys(manifest.tables).sort();
  if (names.some((n) => !isBackupTableName(n)) || names.join(',') !== expectedTables.join(',')) return damaged('数据表与数据版本不符');

  const decoder = new TextDecoder();
  const tables = new Map<string, string[]>();
  for (const name of names) {
    const rows: string[] = [];
    for (const path of manifest.tables[name] ?? []) {
      const text = decoder.decode(texts.get(path));
      if (text !== '') rows.push(...text.split('\n'));
    }
    if (rows.length !== manifest.counts[name]) return damaged(`“${name}”行数不符`);
    tables.set(name, rows);
  }
  return {
    ok: true,
    backup: { fileName, bytes: file.size, schemaVersion: manifest.schemaVersion, createdAt: manifest.createdAt, counts: manifest.counts, tables, checksum: await sha256Hex(manifestBytes), files },
  };
}

function concat(chunks: readonly Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
