import { useEffect, useRef, useState } from 'preact/hooks';
import { SCHEMA_VERSION } from '../../db/schema';
import {
  BACKUP_REMINDER_DAYS,
  BACKUP_TABLES,
  createBackup,
  createZipBackup,
  isZipFile,
  readZipBackup,
  estimateStorage,
  formatByteSize,
  readBackup,
  readLastBackupAt,
  requestPersistentStorage,
  restoreBackup,
  tableLabel,
  type BackupContents,
  type CreatedBackup,
} from '../../backup/index';
import { appDb } from '../database';
import { useLiveQuery } from '../use-live-query';
import './backup.css';

/** `2024-01-31 18:05` in the machine's local time. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Rows per table, in the database's own table order (items first): what a backup made now would hold. */
async function readCounts(): Promise<{ name: string; count: number }[]> {
  const db = appDb();
  return db.transaction('r', db.tables, () => Promise.all(db.tables.map(async (t) => ({ name: t.name, count: await t.count() }))));
}

/** A file's counts in the order the page lists tables (items first), tables this build does not know last. */
function inTableOrder(counts: Readonly<Record<string, number>>): { name: string; count: number }[] {
  const order: string[] = Object.keys(BACKUP_TABLES);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return Object.entries(counts)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => rank(a.name) - rank(b.name));
}

function CountsTable(props: { counts: readonly { name: string; count: number }[]; figurePrefix?: string }) {
  return (
    <table class="backup-counts">
      <tbody>
        {props.counts.map(({ name, count }) => (
          <tr key={name}>
            <th scope="row">{tableLabel(name)}</th>
            <td>{props.figurePrefix === undefined ? <span class="figure">{count}</span> : <span class="figure" data-figure={`${props.figurePrefix}.${name}`}>{count}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface StorageFacts {
  readonly persisted?: boolean;
  readonly usage?: number;
  readonly quota?: number;
}

async function readStorageFacts(): Promise<StorageFacts> {
  const [persisted, use] = await Promise.all([requestPersistentStorage(), estimateStorage()]);
  return { ...(persisted !== undefined ? { persisted } : {}), ...(use ?? {}) };
}

function StorageSection(props: { facts: StorageFacts | undefined }) {
  const facts = props.facts;
  if (!facts) return <p>正在读取存储空间…</p>;
  return (
    <dl class="backup-facts" data-storage>
      <dt>持久存储</dt>
      <dd>
        <span class="figure" data-figure="storage.persisted">
          {facts.persisted === true ? '是' : '否'}
        </span>
        {facts.persisted === true ? (
          <span class="backup-note">浏览器不会在空间紧张时自动清除本应用的数据。</span>
        ) : (
          <span class="backup-note warning-text">
            {facts.persisted === undefined ? '此浏览器不支持持久存储，' : '浏览器未授予持久存储，'}空间紧张或清理浏览数据时台账可能被清除，请定期下载备份。
          </span>
        )}
      </dd>
      <dt>已用空间</dt>
      <dd>
        {facts.usage === undefined ? (
          '浏览器未提供'
        ) : (
          <>
            <span class="figure" data-figure="storage.used-bytes">
              {facts.usage}
            </span>{' '}
            字节（{formatByteSize(facts.usage)}
            {facts.quota !== undefined ? `，可用上限约 ${formatByteSize(facts.quota)}` : ''}）
          </>
        )}
      </dd>
    </dl>
  );
}

function saveFile(blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}

type BackupState = { step: 'idle' } | { step: 'working' } | { step: 'done'; created: CreatedBackup; url: string } | { step: 'failed'; reason: string };

function BackupSection(props: { onChanged: () => void }) {
  const [state, setState] = useState<BackupState>({ step: 'idle' });
  const urlRef = useRef<string | undefined>(undefined);
  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );
  const download = async (zip: boolean) => {
    setState({ step: 'working' });
    try {
      // The .zip keeps each photo and document as its own file (no base64): for ledgers with many photos.
      const created = zip ? { ...(await createZipBackup(appDb())), checksum: '' } : await createBackup(appDb());
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
      const url = saveFile(created.blob, created.fileName);
      urlRef.current = url;
      setState({ step: 'done', created, url });
    } catch {
      setState({ step: 'failed', reason: '备份失败：无法读取本机数据，请刷新页面后重试；本机数据未作任何改动。' });
    }
    props.onChanged();
  };
  return (
    <section class="backup-section" aria-labelledby="backup-download-title">
      <h2 id="backup-download-title">下载备份</h2>
      <p>把台账、变更记录、照片和文件、导入记录与设置一起保存为一个 .json 文件。请存放在本机以外（U 盘、单位网盘），每周至少一次。</p>
      <button type="button" data-action="backup-download" disabled={state.step === 'working'} onClick={() => void download(false)}>
        下载备份
      </button>{' '}
      <button type="button" data-action="backup-download-zip" disabled={state.step === 'working'} onClick={() => void download(true)}>
        下载备份（.zip，照片单独存放，适合照片多的台账）
      </button>
      {state.step === 'working' && <span class="backup-note"> 正在生成备份…</span>}
      {state.step === 'done' && (
        <p data-backup-result>
          已生成备份“{state.created.fileName}”（{formatByteSize(state.created.blob.size)}，{state.created.counts['items'] ?? 0} 个图斑）。如浏览器没有自动保存，
          <a href={state.url} download={state.created.fileName}>
            点此保存
          </a>
          。
        </p>
      )}
      {state.step === 'failed' && (
        <p role="alert" class="error-text">
          {state.reason}
        </p>
      )}
    </section>
  );
}

type RestoreState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'chosen'; backup: BackupContents }
  | { step: 'restoring'; backup: BackupContents; written: number; total: number }
  | { step: 'done'; backup: BackupContents; counts: Record<string, number> }
  | { step: 'refused'; reason: string };

function RestoreSection(props: { current: readonly { name: string; count: number }[] | undefined; onChanged: () => void }) {
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    setState({ step: 'reading', name: file.name });
    try {
      const read = (await isZipFile(file)) ? await readZipBackup(file) : await readBackup(file);
      setState(read.ok ? { step: 'chosen', backup: read.backup } : { step: 'refused', reason: read.reason });
    } catch {
      setState({ step: 'refused', reason: `无法读取文件“${file.name}”，请重新选择。` });
    }
  };
  const confirm = async (backup: BackupContents) => {
    setState({ step: 'restoring', backup, written: 0, total: 0 });
    const onProgress = (written: number, total: number) => setState({ step: 'restoring', backup, written, total });
    const result = await restoreBackup(appDb(), backup, { onProgress }).catch(() => ({ ok: false as const, reason: '恢复失败：浏览器拒绝写入，本机原有数据未作任何改动。' }));
    setState(result.ok ? { step: 'done', backup, counts: result.counts } : { step: 'refused', reason: result.reason });
    props.onChanged();
  };
  const currentItems = props.current?.find((c) => c.name === 'items')?.count ?? 0;
  const currentEvidence = props.current?.find((c) => c.name === 'evidence')?.count ?? 0;
  return (
    <section class="backup-section" aria-labelledby="backup-restore-title">
      <h2 id="backup-restore-title">从备份恢复</h2>
      <p>选择以前下载的备份文件，先核对文件里的内容，再确认恢复。</p>
      <label class="backup-file">
        选择备份文件
        <input type="file" accept=".json,.zip,application/json,application/zip" data-action="restore-file" disabled={state.step === 'restoring'} onChange={(e) => void choose(e.currentTarget)} />
      </label>
      {state.step === 'reading' && <p class="backup-note">正在检查“{state.name}”…</p>}
      {(state.step === 'chosen' || state.step === 'restoring') && (
        <div class="backup-chosen" data-restore-preview>
          <dl class="backup-facts">
            <dt>文件</dt>
            <dd>{state.backup.fileName}</dd>
            <dt>备份时间</dt>
            <dd data-backup-created>{localTime(state.backup.createdAt)}</dd>
            <dt>数据版本</dt>
            <dd>
              {state.backup.schemaVersion}
              {state.backup.schemaVersion < SCHEMA_VERSION ? `（早于本程序的 ${SCHEMA_VERSION}，恢复后缺少的数据表为空）` : ''}
            </dd>
            <dt>大小</dt>
            <dd>{formatByteSize(state.backup.bytes)}</dd>
          </dl>
          <CountsTable counts={inTableOrder(state.backup.counts)} />
          <p class="backup-warning" role="note">
            恢复会用这个备份<strong>替换本机现有的全部数据</strong>（现有 {currentItems} 个图斑、{currentEvidence} 份证明材料及其全部记录），且不能撤销。如现有数据还有用，请先下载一份备份。
          </p>
          <button type="button" data-action="restore-confirm" disabled={state.step === 'restoring'} onClick={() => void confirm(state.backup)}>
            确认恢复，替换现有数据
          </button>{' '}
          <button type="button" data-action="restore-cancel" disabled={state.step === 'restoring'} onClick={() => setState({ step: 'idle' })}>
            取消
          </button>
          {state.step === 'restoring' && (
            <span class="backup-note">
              {' '}
              正在恢复… <progress data-progress max={Math.max(state.total, 1)} value={state.written} /> {state.written}/{state.total}
            </span>
          )}
        </div>
      )}
      {state.step === 'done' && (
        <p data-restore-result>
          已从“{state.backup.fileName}”（{localTime(state.backup.createdAt)}）恢复：{state.counts['items'] ?? 0} 个图斑、{state.counts['events'] ?? 0} 条变更记录、{state.counts['evidence'] ?? 0} 份证明材料。
        </p>
      )}
      {state.step === 'refused' && (
        <p role="alert" class="error-text">
          {state.reason}
        </p>
      )}
    </section>
  );
}

/** #/backup: what a backup holds, storage facts, download a backup, restore one (issue 5 item 5). */
export function BackupPage(_props: { rest?: string }) {
  const counts = useLiveQuery(readCounts, []);
  const lastBackupAt = useLiveQuery(() => readLastBackupAt(appDb()), []);
  const [storage, setStorage] = useState<StorageFacts>();
  const [storageRound, setStorageRound] = useState(0);
  useEffect(() => {
    let live = true;
    void readStorageFacts().then((facts) => {
      if (live) setStorage(facts);
    });
    return () => {
      live = false;
    };
  }, [storageRound]);
  const refreshStorage = () => setStorageRound((n) => n + 1);

  return (
    <section class="page backup-page">
      <h1>备份与恢复</h1>
      <section class="backup-section" aria-labelledby="backup-holdings-title">
        <h2 id="backup-holdings-title">本机数据</h2>
        {counts.error !== undefined && (
          <p role="alert" class="error-text">
            无法读取本机数据，请刷新页面。
          </p>
        )}
        {counts.value ? <CountsTable counts={counts.value} figurePrefix="backup" /> : <p>正在读取…</p>}
        <p data-last-backup>
          上次备份：
          {lastBackupAt.value === undefined ? '从未备份' : localTime(lastBackupAt.value)}
          <span class="backup-note">（台账有改动且超过 {BACKUP_REMINDER_DAYS} 天未备份时，页面顶部会提醒）</span>
        </p>
        <StorageSection facts={storage} />
      </section>
      <BackupSection onChanged={refreshStorage} />
      <RestoreSection current={counts.value} onChanged={refreshStorage} />
    </section>
  );
}
