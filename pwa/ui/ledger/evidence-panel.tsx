import { useEffect, useMemo, useState } from 'preact/hooks';
import { DOCUMENT_TYPES, type DocumentType, type EvidenceKind, type EvidenceRow, type FiledValues } from '../../db/schema';
import { attachEvidenceFiles } from '../../ledger/attach-evidence-files';
import { checkEvidencePhoto } from '../../ledger/close-checking-photos';
import { removeEvidence } from '../../ledger/remove-evidence';
import { appDb } from '../database';
import { actorNow } from '../operator';
import { Figure } from '../figure';
import { readProfile } from '../profile-setting';
import { formatBytes, formatLocalTime } from './local-time';
import { useThumbnails } from './use-thumbnails';
import { photoFindingText, type PhotoFindingText } from './photo-finding-text';

/**
 * Photos and documents of an item: stored as Blobs in the ledger (nothing leaves the machine),
 * listed with name, size, who and when; images with a thumbnail. Removing keeps the metadata and
 * the history entry (removeEvidence); evidence of an 已销号 item cannot be removed.
 */
export function EvidencePanel({
  itemId,
  closed,
  evidence,
  platformPhotos,
  patch,
}: {
  readonly itemId: number;
  readonly closed: boolean;
  readonly evidence: readonly EvidenceRow[];
  readonly platformPhotos: number;
  /** The item's 图斑编号 and values: its photos are checked against them (issue 14). */
  readonly patch?: { readonly patchId: string; readonly values: FiledValues };
}) {
  const [docType, setDocType] = useState<DocumentType>('其他');
  const [message, setMessage] = useState<{
    readonly alert: boolean;
    readonly text: string;
  }>();
  const [busy, setBusy] = useState(false);
  const thumbnails = useThumbnails(evidence);
  const photoFindings = usePhotoFindings(evidence, patch);
  const photos = evidence.filter((e) => e.kind === 'photo');

  const attach = async (input: HTMLInputElement, kind: EvidenceKind) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    try {
      const result = await attachEvidenceFiles(
        appDb(),
        itemId,
        files.map((blob) => ({ kind, name: blob.name, blob, ...(kind === 'document' ? { docType } : {}) })),
        await actorNow(),
      );
      setMessage(
        result.ok
          ? {
              alert: false,
              text: `已添加 ${files.length} 个${kind === 'photo' ? '照片' : '文件'}。`,
            }
          : { alert: true, text: result.reason },
      );
    } catch (error) {
      setMessage({
        alert: true,
        text: `未能保存所选文件（${error instanceof Error ? error.message : String(error)}），台账未作改动；请检查浏览器存储空间。`,
      });
    } finally {
      setBusy(false);
    }
  };
  const remove = async (row: EvidenceRow) => {
    if (row.id === undefined) return;
    const result = await removeEvidence(appDb(), row.id, await actorNow());
    setMessage(
      result.ok
        ? {
            alert: false,
            text: `已删除“${row.name}”（删除记录保留在变更记录中）。`,
          }
        : { alert: true, text: result.reason },
    );
  };

  return (
    <div class="evidence-panel">
      <h2>
        证明材料（照片 <Figure id="item.photos" value={photos.length} /> 张）
      </h2>
      <p data-platform-photos>
        平台已有照片 <Figure id="item.platform-photos" value={platformPhotos} /> 张
        <span class="muted">（导入表的“照片数”，销号时与本地照片合计）</span>
      </p>
      <div class="action-row">
        <label class="file-button">
          添加照片
          <input type="file" data-evidence-kind="photo" accept="image/*" multiple disabled={busy} onChange={(e) => void attach(e.currentTarget, 'photo')} />
        </label>
        <label>
          文件类型{' '}
          <select data-field="doc-type" value={docType} onChange={(e) => setDocType(DOCUMENT_TYPES.find((t) => t === e.currentTarget.value) ?? '其他')}>
            {DOCUMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {t === '到位证明' ? '拆除复耕到位证明' : t}
              </option>
            ))}
          </select>
        </label>
        <label class="file-button">
          添加文件
          <input type="file" data-evidence-kind="document" multiple disabled={busy} onChange={(e) => void attach(e.currentTarget, 'document')} />
        </label>
      </div>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {evidence.length === 0 ? (
        <p class="muted">尚无证明材料。拆除、复耕、毁闭的条目销号须有现场照片。</p>
      ) : (
        <ul class="evidence-list">
          {evidence.map((row) => (
            <li key={row.id} data-evidence-id={row.id} data-evidence-kind={row.kind}>
              <span class="thumb-box">
                {row.id !== undefined && thumbnails.get(row.id) ? (
                  <img class="thumb" src={thumbnails.get(row.id)} alt={row.name} />
                ) : (
                  <span class="thumb doc">{row.kind === 'photo' ? '照片' : (row.docType ?? '文件')}</span>
                )}
                {row.id !== undefined && (photoFindings.get(row.id) ?? []).length > 0 && (
                  <span class="photo-findings" data-photo-findings>
                    {(photoFindings.get(row.id) ?? []).map((f, i) => (
                      <span key={i} class="photo-finding" data-photo-rule-id={f.ruleId} title={f.message}>
                        {f.title}
                      </span>
                    ))}
                  </span>
                )}
              </span>
              <span class="evidence-meta">
                <strong>{row.name}</strong>
                <span class="muted">
                  {formatBytes(row.size)} · {row.addedBy} · {formatLocalTime(row.addedAt)}
                </span>
              </span>
              {!closed && (
                <button type="button" data-action="remove-evidence" onClick={() => void remove(row)}>
                  删除
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The photo findings of each held photo (issue 14), checked in the page when the list or the
 * item's values change: EXIF is read from the photo's first bytes only.
 */
function usePhotoFindings(evidence: readonly EvidenceRow[], patch: { readonly patchId: string; readonly values: FiledValues } | undefined): ReadonlyMap<number, readonly PhotoFindingText[]> {
  const photos = useMemo(() => evidence.filter((e) => e.kind === 'photo' && e.blob !== undefined && e.id !== undefined), [evidence]);
  const key = `${photos.map((e) => e.id).join(',')}|${JSON.stringify(patch?.values ?? {})}`;
  const [findings, setFindings] = useState<ReadonlyMap<number, readonly PhotoFindingText[]>>(new Map());
  useEffect(() => {
    if (!patch) return;
    let current = true;
    void (async () => {
      const profile = await readProfile();
      const out = new Map<number, PhotoFindingText[]>();
      for (const row of photos) if (row.id !== undefined) out.set(row.id, (await checkEvidencePhoto(row, patch, profile)).map(photoFindingText));
      if (current) setFindings(out);
    })();
    return () => {
      current = false;
    };
    // The ids and values decide, as for the thumbnails.
  }, [key]);
  return findings;
}
