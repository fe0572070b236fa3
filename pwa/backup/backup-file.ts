import * as v from 'valibot';
import { SCHEMA_VERSION } from '../db/schema';
import { refuse, type Refusal } from '../ledger/ledger-common';
import { isBackupTableName, tableLabel, tablesAtVersion } from './backup-tables';

/**
 * The backup file (issue 5 item 5): one JSON document, written one row per line so that neither
 * writing nor reading it ever needs the whole file as one string (100,000 items with their history
 * are hundreds of MB of text, more than a JavaScript string may hold):
 *
 * ```
 * {"format":"tuban-lint-backup","schemaVersion":2,"createdAt":"…","counts":{…},"integrity":{…},"tables":{
 * "events":[
 * {…canonical row…},
 * {…canonical row…}
 * ],
 * "evidence":[
 * …
 * ]
 * },"checksum":"<SHA-256, hex>"}
 * ```
 *
 * Rows are the canonical text of canonical-json.ts, tables in name order, rows in primary-key order.
 * WebCrypto has no incremental SHA-256, so the checksum is a hash of hashes: the rows of each table
 * are hashed in chunks (`integrity.chunkRows` rows, or fewer once a chunk reaches
 * `integrity.chunkChars` characters), and the checksum is the SHA-256 of the header line followed by,
 * per table, its name, its row count and its chunk digests. Changing, adding, dropping or reordering
 * any row, or any header field, changes the checksum.
 */

export const BACKUP_FORMAT = 'tuban-lint-backup';
const TABLES_OPEN = ',"tables":{';
const CHECKSUM_LINE = /^\},"checksum":"([0-9a-f]{64})"\}$/u;
const TABLE_OPEN_LINE = /^("(?:[^"\\]|\\.)*"):\[$/u;
/** A header line is a few hundred characters; anything longer is not one of ours. */
const MAX_HEADER_CHARS = 1 << 20;
/** Files up to this size are read whole to tell “not JSON” from “not a backup”. */
const MAX_SNIFF_BYTES = 64 << 20;

export const DEFAULT_INTEGRITY = { algorithm: 'SHA-256', chunkRows: 1000, chunkChars: 4 << 20 } as const;

const IntegritySchema = v.object({
  algorithm: v.literal('SHA-256'),
  chunkRows: v.pipe(v.number(), v.integer(), v.minValue(1)),
  chunkChars: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const HeaderSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(
    v.string(),
    v.check((text) => !Number.isNaN(Date.parse(text))),
  ),
  counts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  integrity: IntegritySchema,
});

export type BackupHeader = v.InferOutput<typeof HeaderSchema>;
type Integrity = BackupHeader['integrity'];

/** What a file holds, read and verified, ready for restoreBackup. Rows stay canonical text until then. */
export interface BackupContents {
  readonly fileName: string;
  readonly bytes: number;
  readonly schemaVersion: number;
  readonly createdAt: string;
  /** Rows per table, every table of the file (an empty table counts 0). */
  readonly counts: Readonly<Record<string, number>>;
  /** Canonical row texts per table, in primary-key order. */
  readonly tables: ReadonlyMap<string, readonly string[]>;
  readonly checksum: string;
  /** The .zip backup's photos and documents by path, which rows reference (canonical-json.ts, BLOB_FILE_PREFIX). */
  readonly files?: ReadonlyMap<string, Blob>;
}

export type ReadBackupResult = { readonly ok: true; readonly backup: BackupContents } | Refusal;

/** The canonical row texts of one table, in primary-key order. */
export interface BackupTableRows {
  readonly name: string;
  readonly rows: readonly string[];
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Cuts a table's rows into the chunks the checksum hashes; the writer and the reader share it. */
class ChunkHasher {
  private rows: string[] = [];
  private chars = 0;
  readonly digests: string[] = [];

  constructor(private readonly integrity: Integrity) {}

  /** Adds a row; returns the chunk's rows when the row completed a chunk. */
  async add(row: string): Promise<string[] | undefined> {
    this.rows.push(row);
    this.chars += row.length;
    return this.rows.length >= this.integrity.chunkRows || this.chars >= this.integrity.chunkChars ? this.flush() : undefined;
  }

  /** Ends the current chunk (if any rows are in it) and returns its rows. */
  async flush(): Promise<string[] | undefined> {
    if (this.rows.length === 0) return undefined;
    const rows = this.rows;
    this.rows = [];
    this.chars = 0;
    this.digests.push(await sha256Hex(rows.join('\n')));
    return rows;
  }
}

function checksumInput(headerLine: string, tables: readonly { name: string; count: number; digests: readonly string[] }[]): string {
  return `${headerLine}\n${tables.map((t) => `${t.name}\t${t.count}\t${t.digests.join(',')}\n`).join('')}`;
}

/**
 * Writes a backup file. The file is assembled from Blob parts, one per chunk of rows, so the browser
 * may keep it out of the JavaScript heap.
 */
export async function writeBackupFile(input: {
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly tables: readonly BackupTableRows[];
  readonly integrity?: Integrity;
}): Promise<{ blob: Blob; header: BackupHeader; checksum: string }> {
  const tables = [...input.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t.name] = t.rows.length;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt,
    counts,
    integrity: input.integrity ?? { ...DEFAULT_INTEGRITY },
  };
  const headerLine = `${JSON.stringify(header).slice(0, -1)}${TABLES_OPEN}`;
  const parts: BlobPart[] = [`${headerLine}\n`];
  const hashed: { name: string; count: number; digests: string[] }[] = [];
  for (const [tableIndex, table] of tables.entries()) {
    parts.push(`${JSON.stringify(table.name)}:[\n`);
    const hasher = new ChunkHasher(header.integrity);
    let written = 0;
    const emit = (rows: readonly string[] | undefined) => {
      if (!rows) return;
      const text = rows.map((row, i) => `${row}${written + i === table.rows.length - 1 ? '' : ','}\n`).join('');
      written += rows.length;
      parts.push(new Blob([text]));
    };
    for (const row of table.rows) emit(await hasher.add(row));
    emit(await hasher.flush());
    parts.push(tableIndex === tables.length - 1 ? ']\n' : '],\n');
    hashed.push({ name: table.name, count: table.rows.length, digests: hasher.digests });
  }
  const checksum = await sha256Hex(checksumInput(headerLine, hashed));
  parts.push(`},"checksum":"${checksum}"}\n`);
  return { blob: new Blob(parts, { type: 'application/json' }), header, checksum };
}

/** Lines of a text file, read as a stream (one trailing `\r` dropped, so CRLF copies still verify). */
class LineReader {
  private readonly reader: ReadableStreamDefaultReader<string>;
  private partial: string[] = [];
  private partialChars = 0;
  private ready: string[] = [];
  private done = false;

  constructor(file: Blob) {
    this.reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  }

  /** The next line; undefined at the end; 'too-long' when a line exceeds `maxChars`. */
  async next(maxChars = Number.POSITIVE_INFINITY): Promise<string | undefined | 'too-long'> {
    for (;;) {
      const line = this.ready.shift();
      if (line !== undefined) return line.endsWith('\r') ? line.slice(0, -1) : line;
      if (this.done) {
        if (this.partialChars === 0) return undefined;
        this.ready.push(this.partial.join(''));
        this.partial = [];
        this.partialChars = 0;
        continue;
      }
      if (this.partialChars > maxChars) return 'too-long';
      const { value, done } = await this.reader.read();
      if (done) {
        this.done = true;
        continue;
      }
      const pieces = value.split('\n');
      for (const [i, piece] of pieces.entries()) {
        if (i > 0) {
          this.ready.push(this.partial.join(''));
          this.partial = [];
          this.partialChars = 0;
        }
        if (piece !== '') {
          this.partial.push(piece);
          this.partialChars += piece.length;
        }
      }
    }
  }

  async cancel(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }
}

const LooseFormat = v.looseObject({ format: v.literal(BACKUP_FORMAT) });
const LooseVersion = v.looseObject({ schemaVersion: v.number() });

function parseTableName(quoted: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(quoted);
    return typeof parsed === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function nameOf(file: Blob): string {
  return typeof File !== 'undefined' && file instanceof File && file.name !== '' ? file.name : '所选文件';
}

const refusals = {
  notJson: (name: string) => refuse('not-json', `文件“${name}”不是 JSON 文件，不是图斑校核的备份，未作任何改动。`),
  notBackup: (name: string) => refuse('not-backup', `文件“${name}”不是图斑校核的备份文件（应为在“备份与恢复”页下载的 .json 文件），未作任何改动。`),
  damaged: (name: string, what: string) => refuse('damaged', `备份文件“${name}”已损坏或被修改过（${what}），不能用于恢复；请使用下载时的原始文件。`),
  newer: (name: string, version: number) =>
    refuse('newer-version', `备份文件“${name}”由较新版本的图斑校核创建（数据版本 ${version}，本程序为 ${SCHEMA_VERSION}），请先更新本程序（刷新页面或重新安装）再恢复。`),
  missingTables: (name: string, tables: readonly string[]) => refuse('missing-tables', `备份文件“${name}”缺少数据表：${tables.map(tableLabel).join('、')}，不能用于恢复。`),
  unknownTables: (name: string, tables: readonly string[]) => refuse('unknown-tables', `备份文件“${name}”含有本程序不认识的数据表：${tables.join('、')}，不能用于恢复。`),
};

/** A file that is not laid out as we write backups: say whether it is JSON at all, a backup edited by hand, or something else. */
async function classifyForeignFile(file: Blob, name: string): Promise<Refusal> {
  if (file.size > MAX_SNIFF_BYTES) return refusals.notBackup(name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return refusals.notJson(name);
  }
  if (!v.is(LooseFormat, parsed)) return refusals.notBackup(name);
  // A later version might lay its file out differently: say so rather than “edited”.
  if (v.is(LooseVersion, parsed) && parsed.schemaVersion > SCHEMA_VERSION) return refusals.newer(name, parsed.schemaVersion);
  return refusals.damaged(name, '排版被改动，无法校验');
}

/**
 * Reads and verifies a backup file: the refusals are one zh-CN sentence each — not JSON, not a
 * tuban-lint backup, damaged or edited (checksum, truncation), made by a newer version, or missing
 * tables. A backup made by an older version is accepted (it holds the tables of its version).
 */
export async function readBackup(file: Blob): Promise<ReadBackupResult> {
  const name = nameOf(file);
  if (file.size === 0) return refusals.notJson(name);
  const lines = new LineReader(file);
  try {
    const first = await lines.next(MAX_HEADER_CHARS);
    if (first === undefined || first === 'too-long' || !first.startsWith('{') || !first.endsWith(TABLES_OPEN)) {
      await lines.cancel();
      return await classifyForeignFile(file, name);
    }
    let headerValue: unknown;
    try {
      headerValue = JSON.parse(`${first.slice(0, -TABLES_OPEN.length)}}`);
    } catch {
      await lines.cancel();
      return await classifyForeignFile(file, name);
    }
    if (!v.is(LooseFormat, headerValue)) return refusals.notBackup(name);
    if (v.is(LooseVersion, headerValue) && headerValue.schemaVersion > SCHEMA_VERSION) return refusals.newer(name, headerValue.schemaVersion);
    const header = v.safeParse(HeaderSchema, headerValue);
    if (!header.success) return refusals.damaged(name, '文件头不完整');
    const { integrity } = header.output;

    const tables = new Map<string, string[]>();
    const hashed: { name: string; count: number; digests: string[] }[] = [];
    let checksum: string | undefined;
    for (;;) {
      const line = await lines.next();
      if (line === undefined) break;
      if (line === 'too-long') return refusals.damaged(name, '文件内容不完整');
      if (checksum !== undefined) {
        if (line.trim() === '') continue;
        return refusals.damaged(name, '校验和之后还有内容');
      }
      const end = CHECKSUM_LINE.exec(line);
      if (end) {
        checksum = end[1];
        continue;
      }
      const open = TABLE_OPEN_LINE.exec(line);
      if (!open?.[1]) return refusals.damaged(name, '文件内容不完整');
      const tableName = parseTableName(open[1]);
      if (tableName === undefined) return refusals.damaged(name, '数据表名无效');
      if (tables.has(tableName)) return refusals.damaged(name, '数据表重复');
      const rows: string[] = [];
      const hasher = new ChunkHasher(integrity);
      for (;;) {
        const rowLine = await lines.next();
        if (rowLine === undefined || rowLine === 'too-long') return refusals.damaged(name, '文件不完整，可能下载中断');
        if (rowLine === ']' || rowLine === '],') break;
        const row = rowLine.endsWith(',') ? rowLine.slice(0, -1) : rowLine;
        if (!row.startsWith('{')) return refusals.damaged(name, `“${tableLabel(tableName)}”中有一行不是数据`);
        rows.push(row);
        await hasher.add(row);
      }
      await hasher.flush();
      tables.set(tableName, rows);
      hashed.push({ name: tableName, count: rows.length, digests: hasher.digests });
    }
    if (checksum === undefined) return refusals.damaged(name, '文件不完整，可能下载中断');
    if ((await sha256Hex(checksumInput(first, hashed))) !== checksum) return refusals.damaged(name, '校验和不符');

    const { schemaVersion, createdAt, counts } = header.output;
    const countsMatch = Object.keys(counts).length === tables.size && [...tables].every(([table, rows]) => counts[table] === rows.length);
    if (!countsMatch) return refusals.damaged(name, '条数与文件头不符');
    const unknown = [...tables.keys()].filter((table) => !isBackupTableName(table) || !tablesAtVersion(schemaVersion).includes(table));
    if (unknown.length > 0) return refusals.unknownTables(name, unknown);
    const missing = tablesAtVersion(schemaVersion).filter((table) => !tables.has(table));
    if (missing.length > 0) return refusals.missingTables(name, missing);
    return { ok: true, backup: { fileName: name, bytes: file.size, schemaVersion, createdAt, counts, tables, checksum } };
  } catch (error) {
    await lines.cancel();
    // A read error of the file itself (moved, unreadable) is not a verdict on its contents.
    if (error instanceof DOMException || (error instanceof Error && error.name === 'NotReadableError')) return refuse('unreadable', `无法读取文件“${name}”，请重新选择。`);
    throw error;
  }
}
