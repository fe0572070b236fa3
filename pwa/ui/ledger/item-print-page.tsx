import { useState } from 'preact/hooks';
import { todayLocal } from '../../../shared/calendar/iso-days';
import { fieldDefinition, type FieldId } from '../../../shared/model/field-dictionary';
import type { EvidenceRow, LedgerEvent } from '../../db/schema';
import { platformPhotoCount } from '../../ledger/close-item';
import { ledgerRowOf, shownArea } from '../../ledger-export/ledger-rows';
import { appDb } from '../database';
import { useOperator } from '../operator';
import { useLiveQuery } from '../use-live-query';
import { formatLocalTime } from './local-time';
import { thumbnailCount, useThumbnails } from './use-thumbnails';
import './print.css';

const NO_EVIDENCE: readonly EvidenceRow[] = [];

/** The patch facts a 销号审批表 shows, in the order of the platform's form; a blank one prints blank. */
const FACTS: readonly FieldId[] = ['county', 'town', 'verdict', 'areaMonitored', 'violationCultivated', 'rectMeasure', 'rectPlannedDate', 'rectDate', 'rectResolved', 'reclaimedArea', 'approvalNo', 'penaltyNo', 'fineAmount', 'fineCollected', 'reclaimCertNo'];

function label(field: FieldId): string {
  return fieldDefinition(field).labels[0] ?? field;
}

/** The 销号 event that stands, if the item is 已销号 (the last one). */
function closedEvent(events: readonly LedgerEvent[]): (LedgerEvent & { data: { kind: 'closed' } }) | undefined {
  return events.filter((e): e is LedgerEvent & { data: { kind: 'closed' } } => e.data.kind === 'closed').at(-1);
}

/**
 * `#/ledger/<id>/print`: the 销号审批表 of one item (A4 portrait): patch facts, the measures, the
 * evidence with thumbnails, the 验收 result and signature lines for 经办人, 审核人 and 负责人.
 * `data-figure="print.ready"` appears once every thumbnail has loaded (or failed to).
 */
export function ItemPrintPage({ itemId }: { readonly itemId: number }) {
  const db = appDb();
  const operator = useOperator();
  const data = useLiveQuery(async () => {
    const [item, events, evidence] = await Promise.all([db.items.get(itemId), db.events.where('itemId').equals(itemId).sortBy('id'), db.evidence.where('itemId').equals(itemId).toArray()]);
    return item?.id === undefined ? null : { item: { ...item, id: item.id }, events, evidence: evidence.filter((e) => e.removedAt === undefined) };
  }, [itemId]).value;
  const urls = useThumbnails(data?.evidence ?? NO_EVIDENCE);
  const images = thumbnailCount(data?.evidence ?? NO_EVIDENCE);
  const [loaded, setLoaded] = useState(0);

  if (data === undefined) return <p class="muted">载入中…</p>;
  if (data === null) return <p role="alert">台账中没有编号为 {itemId} 的条目。</p>;
  const { item, events, evidence } = data;
  const row = ledgerRowOf(item);
  const closed = item.state === '已销号' ? closedEvent(events) : undefined;
  const platformPhotos = platformPhotoCount(item.values);
  const ready = urls.size === images && loaded >= images;

  return (
    <section class="print-page print-item">
      <div class="print-toolbar">
        <a href={`#/ledger/${item.id}`}>← 返回图斑</a>{' '}
        <button type="button" class="primary" data-action="print" onClick={() => print()}>
          打印
        </button>
      </div>
      <h1>卫片执法违法图斑整改销号审批表</h1>
      <div class="print-meta">
        <span>图斑编号：{item.patchId}</span>
        <span>打印日期：{todayLocal()}</span>
        <span>操作人：{operator}</span>
        {ready && (
          <span class="muted">
            共 <span data-figure="print.ready">1</span> 宗
          </span>
        )}
      </div>

      <div class="print-section print-block">
        <h2>一、图斑基本情况</h2>
        <table class="print-table print-facts">
          <tbody>
            <tr>
              <th>图斑编号</th>
              <td>{item.patchId}</td>
              <th>责任单位</th>
              <td>{row.unit}</td>
            </tr>
            <tr>
              <th>{row.areaIsMonitored === true ? '面积' : '违法面积'}</th>
              <td>{shownArea(row)}</td>
              <th>当前状态</th>
              <td>{item.state}</td>
            </tr>
            {pairs(FACTS).map(([a, b]) => (
              <tr key={a}>
                <th>{label(a)}</th>
                <td>{item.values[a] ?? ''}</td>
                {b !== undefined && (
                  <>
                    <th>{label(b)}</th>
                    <td>{item.values[b] ?? ''}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div class="print-section print-block">
        <h2>二、整改措施</h2>
        <p>
          {item.values.rectMeasure ?? '（未填整改措施）'}
          {item.values.remark !== undefined ? `；备注：${item.values.remark}` : ''}
        </p>
      </div>

      <div class="print-section">
        <h2>三、证明材料</h2>
        <p>
          本地存档照片 {evidence.filter((e) => e.kind === 'photo').length} 张，文件 {evidence.filter((e) => e.kind === 'document').length} 个；平台已有照片 {platformPhotos} 张。
        </p>
        {evidence.length > 0 && (
          <ul class="print-evidence">
            {evidence.map((e) => (
              <li key={e.id} data-evidence-id={e.id}>
                {e.id !== undefined && urls.get(e.id) !== undefined ? (
                  <img src={urls.get(e.id)} alt={e.name} onLoad={() => setLoaded((n) => n + 1)} onError={() => setLoaded((n) => n + 1)} />
                ) : null}
                {evidenceLine(e)}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div class="print-section print-block">
        <h2>四、验收结果</h2>
        {closed ? (
          <p>
            已于 {formatLocalTime(closed.at)} 由 {closed.who} 验收销号：整改校核规则 {closed.data.checkedRules.length} 条全部通过；计入照片 {closed.data.photoCount} 张
            {closed.data.platformPhotos !== undefined ? `（其中平台已有照片 ${closed.data.platformPhotos} 张）` : ''}
            {closed.data.certificateDocument !== undefined ? `；到位证明：${closed.data.certificateDocument}` : ''}
            {closed.why !== undefined ? `；说明：${closed.why}` : ''}。
          </p>
        ) : (
          <p>尚未销号（当前状态：{item.state}）。验收意见：</p>
        )}
      </div>

      <div class="print-signatures print-block">
        {['经办人', '审核人', '负责人'].map((role) => (
          <div key={role}>
            {role}（签字）：<span />
            日期：<span />
          </div>
        ))}
      </div>
    </section>
  );
}

function pairs<T>(list: readonly T[]): [T, T | undefined][] {
  const out: [T, T | undefined][] = [];
  for (let i = 0; i < list.length; i += 2) out.push([list[i] as T, list[i + 1]]);
  return out;
}

function evidenceLine(e: EvidenceRow): string {
  const kind = e.kind === 'photo' ? '照片' : (e.docType ?? '文件');
  return `${kind}：${e.name}（${e.addedBy}，${formatLocalTime(e.addedAt)}）`;
}
