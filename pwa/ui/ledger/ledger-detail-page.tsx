import type { ComponentChildren } from 'preact';
import { appDb } from '../database';
import { platformPhotoCount } from '../../ledger/close-item';
import { useLiveQuery } from '../use-live-query';
import { EvidencePanel } from './evidence-panel';
import { ItemActions } from './item-actions';
import { ItemFields } from './item-fields';
import { ItemHistory } from './item-history';
import { NoteForm } from './note-form';
import './ledger.css';

/** `#/ledger/<itemId>`: one item — its state and moves, fields, evidence, notes and history. */
export function LedgerDetailPage({ itemId }: { readonly itemId: number }) {
  const db = appDb();
  const item = useLiveQuery(async () => (await db.items.get(itemId)) ?? null, [itemId]);
  const events = useLiveQuery(() => db.events.where('itemId').equals(itemId).toArray(), [itemId]).value;
  const evidence = useLiveQuery(() => db.evidence.where('itemId').equals(itemId).toArray(), [itemId]).value;

  if (item.error !== undefined) return <Shell>{<p role="alert">读取台账条目失败：{String(item.error)}</p>}</Shell>;
  if (item.value === undefined) return <Shell>{<p class="muted">载入中…</p>}</Shell>;
  if (item.value === null || item.value.id === undefined) return <Shell>{<p role="alert">台账中没有编号为 {itemId} 的条目（可能已在恢复备份时被替换）。</p>}</Shell>;
  const current = { ...item.value, id: item.value.id };
  const held = (evidence ?? []).filter((e) => e.removedAt === undefined);

  return (
    <Shell title={`图斑 ${current.patchId}`}>
      <p>
        <a class="button-link" href={`#/ledger/${current.id}/print`} data-action="item-print">
          打印销号审批表
        </a>
      </p>
      <ItemActions item={current} evidence={held} />
      <div class="detail-columns">
        <div>
          <ItemFields key={current.updatedAt} item={current} />
        </div>
        <div>
          <EvidencePanel itemId={current.id} closed={current.state === '已销号'} evidence={held} platformPhotos={platformPhotoCount(current.values)} patch={current} />
          <NoteForm itemId={current.id} />
          <ItemHistory events={events ?? []} />
        </div>
      </div>
    </Shell>
  );
}

function Shell({ title, children }: { readonly title?: string; readonly children: ComponentChildren }) {
  return (
    <section class="page ledger-detail">
      <p>
        <a href="#/ledger">← 返回整改台账</a>
      </p>
      {title !== undefined && <h1>{title}</h1>}
      {children}
    </section>
  );
}
