import { useState } from 'preact/hooks';
import { fieldDefinition, type FieldId } from '../../../shared/model/field-dictionary';
import { formatArea } from '../../../shared/format/office-numbers';
import { formatDateTime } from '../../../shared/format/office-dates';
import { SEVERITY_LABEL, SEVERITY_ORDER, type Severity } from '../../../shared/report/finding';
import { MAX_REASON_LENGTH } from '../dismissals';
import type { PanelPlace } from './panel-place';
import type { PhotoChecked } from '../../messages';
import type { ShownFinding } from './shown-findings';

/** The state of the boundary-file check, shown in the panel's status lines. */
export type BoundaryStatus =
  | { readonly kind: 'checking'; readonly fileName: string }
  | { readonly kind: 'done'; readonly fileName: string; readonly parcels: number; readonly areaHa?: number | undefined; readonly readable: boolean }
  | { readonly kind: 'failed'; readonly fileName: string; readonly error: string };

/** Where a field with a finding is relative to the viewport, when its marker cannot be drawn beside it. */
export type OffScreen = 'above' | 'below' | 'covered';

/** The state of the check of photos picked in the 现场照片 upload. */
export type PhotoStatus =
  | { readonly kind: 'checking'; readonly count: number }
  | { readonly kind: 'done'; readonly photos: readonly PhotoChecked[]; readonly skipped: number }
  | { readonly kind: 'failed'; readonly error: string };

export interface PanelState {
  readonly findings: readonly ShownFinding[];
  readonly fieldsFound: number;
  readonly frames: number;
  readonly profileName: string;
  readonly patchId?: string | undefined;
  readonly boundary?: BoundaryStatus | undefined;
  readonly photos?: PhotoStatus | undefined;
  /** Settings or profile problems worth telling the user (in Chinese). */
  readonly problems: readonly string[];
  /** Fields with findings whose marker is not on the page (scrolled away, hidden, no free place). */
  readonly offScreen: ReadonlyMap<FieldId, OffScreen>;
  /** Where the panel is docked, and whether it is open. */
  readonly place: PanelPlace;
  /** The collapsed tab's top (px), chosen where it covers no control; undefined: no free place, the tab sits at the top corner. */
  readonly tabTop: number | undefined;
}

export interface PanelActions {
  focusField(field: FieldId): void;
  dismiss(ruleId: string, reason: string): void;
  restore(ruleId: string): void;
  /** Open, collapse or move the panel (remembered). */
  place(next: PanelPlace): void;
}

/** A marker beside one field for one finding, at a place that covers nothing (marker-placement.ts). */
export interface MarkerView {
  readonly key: string;
  readonly ruleId: string;
  readonly field: FieldId;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  /** Viewport position of the marker. */
  readonly left: number;
  readonly top: number;
}

/** The docked panel's width; the page is narrowed by as much while the panel is open. */
export const PANEL_WIDTH = 340;
/** The collapsed tab: a narrow strip on the screen edge. */
export const TAB_WIDTH = 26;
export const TAB_HEIGHT = 84;

const MARKER_GLYPH: Readonly<Record<Severity, string>> = { error: '!', warning: '!', info: 'i' };

function fieldLabel(field: FieldId): string {
  return fieldDefinition(field).labels[0] ?? '';
}

/**
 * Markers: a small badge beside the field; focusing or hovering it (keyboard too) opens its
 * message under it, so nothing depends on a mouse hover, and the panel lists every message.
 */
export function Markers({ markers, onFocus }: { readonly markers: readonly MarkerView[]; readonly onFocus: (field: FieldId) => void }) {
  return (
    <>
      {markers.map((m) => (
        <button
          key={m.key}
          type="button"
          class={`tuban-lint-marker tuban-lint-sev-${m.severity}`}
          data-rule-id={m.ruleId}
          data-field={m.field}
          aria-label={`${SEVERITY_LABEL[m.severity]}：${m.title}。${m.message}`}
          style={{ left: `${m.left}px`, top: `${m.top}px` }}
          onClick={() => onFocus(m.field)}
        >
          <span aria-hidden="true">{MARKER_GLYPH[m.severity]}</span>
          <span class="tuban-lint-marker-text" role="tooltip">
            <strong>{m.title}</strong>
            {m.message}
          </span>
        </button>
      ))}
    </>
  );
}

function DismissControl({ ruleId, onDismiss }: { readonly ruleId: string; readonly onDismiss: (ruleId: string, reason: string) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <button type="button" class="tuban-lint-button tuban-lint-dismiss" onClick={() => setOpen(true)}>
        忽略…
      </button>
    );
  }
  const submit = (): void => {
    if (reason.trim() !== '') onDismiss(ruleId, reason);
  };
  return (
    <div class="tuban-lint-actions">
      <input
        class="tuban-lint-reason"
        type="text"
        maxLength={MAX_REASON_LENGTH}
        placeholder="忽略原因（必填），如：已与市级核实"
        aria-label="忽略原因"
        value={reason}
        onInput={(event) => setReason(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') submit();
        }}
      />
      <button type="button" class="tuban-lint-button tuban-lint-dismiss-confirm" disabled={reason.trim() === ''} onClick={submit}>
        确认忽略
      </button>
      <button type="button" class="tuban-lint-button" onClick={() => setOpen(false)}>
        取消
      </button>
    </div>
  );
}

const OFF_SCREEN_LABEL: Readonly<Record<OffScreen, string>> = { above: '↑ 在上方', below: '↓ 在下方', covered: '未在页面标注' };

/** The 说明: what the rule checks, where it comes from, its number, when the finding was made. */
function Explanation({ finding }: { readonly finding: ShownFinding }) {
  return (
    <details class="tuban-lint-explain">
      <summary>说明</summary>
      <div class="tuban-lint-meta">{finding.description}</div>
      <div class="tuban-lint-meta">依据：{finding.source}</div>
      {finding.sourceNote !== '' ? <div class="tuban-lint-meta">{finding.sourceNote}</div> : null}
      <div class="tuban-lint-meta" data-rule-number="">
        规则编号：{finding.ruleId}
      </div>
    </details>
  );
}

function Entry({ finding, actions, offScreen }: { readonly finding: ShownFinding; readonly actions: PanelActions; readonly offScreen: OffScreen | undefined }) {
  return (
    <li class={`tuban-lint-entry tuban-lint-sev-${finding.severity}`} data-rule-id={finding.ruleId} data-field={finding.field} data-severity={finding.severity}>
      <button type="button" class="tuban-lint-entry-main" title="定位到该字段" onClick={() => actions.focusField(finding.field)}>
        <span class={`tuban-lint-sev-label tuban-lint-sev-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        <span class="tuban-lint-rule-title">{finding.title}</span>
        <span class="tuban-lint-field-label">{finding.fields.map(fieldLabel).join('、')}</span>
        {offScreen ? (
          <span class="tuban-lint-off-screen" data-off-screen={offScreen}>
            {OFF_SCREEN_LABEL[offScreen]}
          </span>
        ) : null}
        <span class="tuban-lint-message">{finding.message}</span>
      </button>
      <div class="tuban-lint-entry-foot">
        {finding.madeAt ? <span class="tuban-lint-time">校核于 {formatDateTime(finding.madeAt, 'chinese').slice(-8)}</span> : null}
        <DismissControl ruleId={finding.ruleId} onDismiss={actions.dismiss} />
      </div>
      <Explanation finding={finding} />
    </li>
  );
}

function worstSeverity(findings: readonly ShownFinding[]): Severity | undefined {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0]?.severity;
}

function boundaryLine(status: BoundaryStatus): string {
  switch (status.kind) {
    case 'checking':
      return `正在检查坐标文件“${status.fileName}”…`;
    case 'failed':
      return `坐标文件“${status.fileName}”检查失败：${status.error}`;
    case 'done': {
      const area = status.areaHa !== undefined ? `，面积 ${formatArea(status.areaHa, 'ha')}` : '';
      return status.readable ? `坐标文件“${status.fileName}”：${status.parcels} 个地块${area}` : `坐标文件“${status.fileName}”无法读取`;
    }
  }
}

/** The to-fill checklist of an untouched form: neutral, no severity, a click goes to the field. */
function Checklist({ items, actions }: { readonly items: readonly ShownFinding[]; readonly actions: PanelActions }) {
  if (items.length === 0) return null;
  return (
    <details class="tuban-lint-checklist" open>
      <summary>待填项（{items.length}）</summary>
      <ul class="tuban-lint-list">
        {items.map((f) => (
          <li key={f.key} class="tuban-lint-entry tuban-lint-todo" data-rule-id={f.ruleId} data-field={f.field} data-severity="todo">
            <button type="button" class="tuban-lint-entry-main" onClick={() => actions.focusField(f.field)}>
              <span class="tuban-lint-rule-title">{f.title}</span>
              <span class="tuban-lint-message">{f.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One photo's map-free summary: `“a.jpg”：拍摄于 2024-03-05 10:11:12（整改完成后 2 天），距图斑中心 120 米（东北）`. */
export function photoLine(photo: PhotoChecked): string {
  const parts: string[] = [];
  if (photo.takenAt !== undefined) {
    const days = photo.daysFromRectification;
    const relative = days === undefined ? '' : days === 0 ? '（整改完成当天）' : days > 0 ? `（整改完成后 ${days} 天）` : `（整改完成前 ${-days} 天）`;
    parts.push(`拍摄于 ${photo.takenAt}${relative}`);
  } else parts.push('无拍摄时间');
  parts.push(photo.distanceM !== undefined ? `距图斑中心 ${photo.distanceM} 米（${photo.direction ?? ''}）` : '无法核对拍摄位置');
  return `照片“${photo.fileName}”：${parts.join('，')}`;
}

function photoLines(status: PhotoStatus): string[] {
  switch (status.kind) {
    case 'checking':
      return [`正在读取 ${status.count} 张照片的拍摄信息…`];
    case 'failed':
      return [`照片检查失败：${status.error}`];
    case 'done':
      return [...status.photos.map(photoLine), ...(status.skipped > 0 ? [`另有 ${status.skipped} 张照片未检查（一次最多检查 ${status.photos.length} 张）`] : [])];
  }
}

/**
 * The panel: collapsed, a narrow tab on the screen edge at a height where it covers no control;
 * open, a column docked to that edge while the page is narrowed by its width (form-session), so
 * it covers nothing. Its place is remembered. Collapsed, the entries stay in the DOM (hidden).
 */
export function Panel({ state, actions }: { readonly state: PanelState; readonly actions: PanelActions }) {
  const active = state.findings.filter((f) => !f.dismissed && !f.checklist);
  const checklist = state.findings.filter((f) => !f.dismissed && f.checklist);
  const dismissed = state.findings.filter((f) => f.dismissed);
  const worst = worstSeverity(active);
  const byRule = new Map(dismissed.map((f) => [f.ruleId, f]));
  const { place } = state;
  // A page of the granted site without a form (a list, the map): nothing to say, nothing shown.
  if (state.fieldsFound === 0 && state.findings.length === 0 && !state.boundary && !state.photos && state.problems.length === 0) return null;
  const badge = (
    <span class={`tuban-lint-badge ${worst ? `tuban-lint-sev-${worst}` : 'tuban-lint-clean'}`} data-tuban-lint-count={active.length} title={`${active.length} 个问题`}>
      {active.length}
    </span>
  );
  const offScreenCount = active.filter((f) => state.offScreen.has(f.field)).length;
  return (
    <>
      <button
        type="button"
        class={`tuban-lint-tab tuban-lint-side-${place.side}`}
        hidden={place.open}
        aria-expanded={place.open}
        aria-label={`图斑校核：${active.length} 个问题，点击展开`}
        data-tuban-lint-tab=""
        style={{ top: `${state.tabTop ?? 0}px` }}
        onClick={() => actions.place({ ...place, open: true })}
      >
        <span class="tuban-lint-tab-text">校核</span>
        {badge}
      </button>
      <section class={`tuban-lint-panel tuban-lint-side-${place.side}${place.open ? '' : ' tuban-lint-collapsed'}`} aria-label="图斑校核" data-tuban-lint-panel="" hidden={!place.open}>
        <header class="tuban-lint-header">
          <span class="tuban-lint-title">图斑校核</span>
          {badge}
          <button type="button" class="tuban-lint-button tuban-lint-move" onClick={() => actions.place({ ...place, side: place.side === 'right' ? 'left' : 'right' })}>
            {place.side === 'right' ? '移到左侧' : '移到右侧'}
          </button>
          <button type="button" class="tuban-lint-button tuban-lint-toggle" aria-expanded={place.open} onClick={() => actions.place({ ...place, open: false })}>
            收起
          </button>
        </header>
        <div class="tuban-lint-body">
          <div class="tuban-lint-status">
            {state.patchId ? `图斑 ${state.patchId} · ` : ''}识别到 {state.fieldsFound} 个字段{state.frames > 1 ? `（含 ${state.frames - 1} 个内嵌框架）` : ''} · 配置：{state.profileName}
          </div>
          {state.boundary ? <div class="tuban-lint-status tuban-lint-boundary-status">{boundaryLine(state.boundary)}</div> : null}
          {state.photos
            ? photoLines(state.photos).map((line, i) => (
                <div class="tuban-lint-status tuban-lint-photo-status" key={`photo-${i}`}>
                  {line}
                </div>
              ))
            : null}
          {state.problems.map((p) => (
            <div class="tuban-lint-problem" key={p}>
              {p}
            </div>
          ))}
          {offScreenCount > 0 ? <div class="tuban-lint-status">另有 {offScreenCount} 处问题的字段不在当前视野内，点击条目即可定位。</div> : null}
          {active.length === 0 && checklist.length === 0 ? <p class="tuban-lint-empty">未发现问题。</p> : null}
          <ul class="tuban-lint-list">
            {active.map((f) => (
              <Entry key={f.key} finding={f} actions={actions} offScreen={state.offScreen.get(f.field)} />
            ))}
          </ul>
          <Checklist items={checklist} actions={actions} />
          {byRule.size > 0 ? (
            <details class="tuban-lint-dismissed">
              <summary>已忽略 {byRule.size} 条规则的提示</summary>
              <ul class="tuban-lint-list">
                {[...byRule.values()].map((f) => (
                  <li class="tuban-lint-entry" key={f.ruleId} data-dismissed-rule-id={f.ruleId}>
                    <span class="tuban-lint-rule-title">{f.title}</span>
                    <span class="tuban-lint-message">{f.message}</span>
                    <div class="tuban-lint-meta">忽略原因：{f.dismissed?.reason}</div>
                    <div class="tuban-lint-actions">
                      <button type="button" class="tuban-lint-button tuban-lint-restore" onClick={() => actions.restore(f.ruleId)}>
                        恢复提示
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      </section>
    </>
  );
}

export function App({ state, actions, markers }: { readonly state: PanelState; readonly actions: PanelActions; readonly markers: readonly MarkerView[] }) {
  return (
    <>
      <Markers markers={markers} onFocus={actions.focusField} />
      <Panel state={state} actions={actions} />
    </>
  );
}
