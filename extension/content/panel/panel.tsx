import { useState } from 'preact/hooks';
import { fieldDefinition, type FieldId } from '../../../shared/model/field-dictionary';
import { SEVERITY_LABEL, SEVERITY_ORDER, type Severity } from '../../../shared/report/finding';
import { MAX_REASON_LENGTH } from '../dismissals';
import type { ViewportBox } from './anchor-geometry';
import type { ShownFinding } from './shown-findings';

/** The state of the boundary-file check, shown in the panel's status lines. */
export type BoundaryStatus =
  | { readonly kind: 'checking'; readonly fileName: string }
  | { readonly kind: 'done'; readonly fileName: string; readonly parcels: number; readonly areaHa?: number | undefined; readonly readable: boolean }
  | { readonly kind: 'failed'; readonly fileName: string; readonly error: string };

export interface PanelState {
  readonly findings: readonly ShownFinding[];
  readonly fieldsFound: number;
  readonly frames: number;
  readonly profileName: string;
  readonly patchId?: string | undefined;
  readonly boundary?: BoundaryStatus | undefined;
  /** Settings or profile problems worth telling the user (in Chinese). */
  readonly problems: readonly string[];
}

export interface PanelActions {
  focusField(field: FieldId): void;
  dismiss(ruleId: string, reason: string): void;
  restore(ruleId: string): void;
}

/**
 * A marker beside one field for one finding: a small badge on the top-right corner of the field's
 * control, like a notification badge. It overlaps the control's own corner rather than the space
 * beside it, where the next tab, option or label cell may begin.
 */
export interface MarkerView {
  readonly key: string;
  readonly ruleId: string;
  readonly field: FieldId;
  readonly severity: Severity;
  readonly message: string;
  /** Viewport position of the badge (markerPosition). */
  readonly left: number;
  readonly top: number;
}

const MARKER_SIZE = 16;
/** How far the badge overlaps into the field's box from its top-right corner. */
const MARKER_INSET = 10;

/**
 * Where the badge of the `slot`-th finding on a field goes (0, 1, 2 … line up leftwards), kept
 * inside the viewport.
 */
export function markerPosition(box: ViewportBox, slot: number, viewportWidth: number): { left: number; top: number } {
  return {
    left: Math.max(0, Math.min(box.left + box.width - MARKER_INSET - slot * (MARKER_SIZE + 1), viewportWidth - MARKER_SIZE)),
    top: Math.max(0, box.top - MARKER_SIZE / 2 + 2),
  };
}

function fieldLabel(field: FieldId): string {
  return fieldDefinition(field).labels[0] ?? field;
}

export function Markers({ markers, onFocus }: { readonly markers: readonly MarkerView[]; readonly onFocus: (field: FieldId) => void }) {
  return (
    <>
      {markers.map((m) => {
        return (
          <button
            key={m.key}
            type="button"
            class={`tuban-lint-marker tuban-lint-sev-${m.severity}`}
            data-rule-id={m.ruleId}
            data-field={m.field}
            title={`${SEVERITY_LABEL[m.severity]}：${m.message}`}
            aria-label={`${SEVERITY_LABEL[m.severity]}：${m.message}`}
            style={{ left: `${m.left}px`, top: `${m.top}px` }}
            onClick={() => onFocus(m.field)}
          >
            !
          </button>
        );
      })}
    </>
  );
}

function DismissControl({ ruleId, onDismiss }: { readonly ruleId: string; readonly onDismiss: (ruleId: string, reason: string) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <div class="tuban-lint-actions">
        <button type="button" class="tuban-lint-button tuban-lint-dismiss" onClick={() => setOpen(true)}>
          忽略…
        </button>
      </div>
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

function Entry({ finding, actions }: { readonly finding: ShownFinding; readonly actions: PanelActions }) {
  return (
    <li class={`tuban-lint-entry tuban-lint-sev-${finding.severity}`} data-rule-id={finding.ruleId} data-field={finding.field} data-severity={finding.severity}>
      <button type="button" class="tuban-lint-entry-main" title="定位到该字段" onClick={() => actions.focusField(finding.field)}>
        <span class={`tuban-lint-sev-label tuban-lint-sev-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        <span class="tuban-lint-field-label">{finding.fields.map(fieldLabel).join('、')}</span>
        <span class="tuban-lint-message">{finding.message}</span>
      </button>
      <div class="tuban-lint-meta" title={finding.sourceNote}>
        {finding.description}
        <br />
        来源：{finding.source} · 规则 {finding.ruleId}
      </div>
      <DismissControl ruleId={finding.ruleId} onDismiss={actions.dismiss} />
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
      const area = status.areaHa !== undefined ? `，面积 ${status.areaHa.toFixed(4)} 公顷` : '';
      return status.readable ? `坐标文件“${status.fileName}”：${status.parcels} 个地块${area}` : `坐标文件“${status.fileName}”无法读取`;
    }
  }
}

/**
 * The summary panel. It starts collapsed to a badge (count and worst severity) so that it never
 * covers the form the filer is working on; the markers beside the fields carry the findings, and
 * the panel opens on demand. Collapsed, its entries stay in the DOM (hidden), so the list is the
 * same for scripts and screen readers whatever the state.
 */
export function Panel({ state, actions }: { readonly state: PanelState; readonly actions: PanelActions }) {
  const [collapsed, setCollapsed] = useState(true);
  const active = state.findings.filter((f) => !f.dismissed);
  const dismissed = state.findings.filter((f) => f.dismissed);
  const worst = worstSeverity(active);
  const byRule = new Map(dismissed.map((f) => [f.ruleId, f]));
  // A page of the granted site without a form (a list, the map): nothing to say, nothing shown.
  if (state.fieldsFound === 0 && state.findings.length === 0 && !state.boundary && state.problems.length === 0) return null;
  return (
    <section class={`tuban-lint-panel${collapsed ? ' tuban-lint-collapsed' : ''}`} aria-label="图斑校核" data-tuban-lint-panel="">
      <header class="tuban-lint-header">
        <span class="tuban-lint-title">图斑校核</span>
        <span class={`tuban-lint-badge ${worst ? `tuban-lint-sev-${worst}` : 'tuban-lint-clean'}`} data-tuban-lint-count={active.length} title={`${active.length} 个问题`}>
          {active.length}
        </span>
        <button type="button" class="tuban-lint-button tuban-lint-toggle" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? '展开' : '收起'}
        </button>
      </header>
      {collapsed
        ? state.problems.map((p) => (
            <div class="tuban-lint-problem" key={p} role="status">
              {p}
            </div>
          ))
        : null}
      {
        <div class="tuban-lint-body" hidden={collapsed}>
          <div class="tuban-lint-status">
            {state.patchId ? `图斑 ${state.patchId} · ` : ''}识别到 {state.fieldsFound} 个字段{state.frames > 1 ? `（含 ${state.frames - 1} 个内嵌框架）` : ''} · 配置：{state.profileName}
          </div>
          {state.boundary ? <div class="tuban-lint-status tuban-lint-boundary-status">{boundaryLine(state.boundary)}</div> : null}
          {state.problems.map((p) => (
            <div class="tuban-lint-problem" key={p}>
              {p}
            </div>
          ))}
          {active.length === 0 ? <p class="tuban-lint-empty">未发现问题。</p> : null}
          <ul class="tuban-lint-list">
            {active.map((f) => (
              <Entry key={f.key} finding={f} actions={actions} />
            ))}
          </ul>
          {byRule.size > 0 ? (
            <details class="tuban-lint-dismissed">
              <summary>已忽略 {byRule.size} 条规则的提示</summary>
              <ul class="tuban-lint-list">
                {[...byRule.values()].map((f) => (
                  <li class="tuban-lint-entry" key={f.ruleId} data-dismissed-rule-id={f.ruleId}>
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
      }
    </section>
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
