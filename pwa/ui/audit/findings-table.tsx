import { ruleTitle } from '../../../shared/report/rule-titles';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditSummary, SheetFinding } from '../../../shared/audit/audit-sheet';
import { SEVERITY_LABEL } from '../../../shared/report/finding';
import { severityClass } from './audit-summary';
import { fieldLabel, fieldsOfFindings, filterFindings, isSeverity, type FindingFilter } from './findings-filter';
import { virtualWindow } from './virtual-window';

/** One line per finding: fixed, so the list can be drawn by arithmetic (virtual-window.ts). */
export const FINDING_ROW_HEIGHT = 30;
const VIEWPORT_ROWS = 16;
const OVERSCAN = 8;

interface FindingsTableProps {
  readonly findings: readonly SheetFinding[];
  readonly summary: AuditSummary;
  readonly filter: FindingFilter;
  readonly onFilter: (change: Partial<FindingFilter>) => void;
}

/**
 * Every finding, filterable by rule, severity, 乡镇 and field. Virtualised: however many findings
 * there are, only the rows in view (and a few either side) are in the DOM.
 */
export function FindingsTable({ findings, summary, filter, onFilter }: FindingsTableProps) {
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const fields = useMemo(() => fieldsOfFindings(findings), [findings]);
  const [scrollTop, setScrollTop] = useState(0);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const viewport = useRef<HTMLDivElement>(null);
  const frame = useRef(0);

  // A new filter shows its first matches, not an empty stretch of the old scroll position.
  useEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
    setScrollTop(0);
  }, [shown]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const view = virtualWindow({ scrollTop, viewportHeight: VIEWPORT_ROWS * FINDING_ROW_HEIGHT, rowHeight: FINDING_ROW_HEIGHT, count: shown.length, overscan: OVERSCAN });
  const rows = [];
  for (let i = view.first; i < view.end; i++) {
    const index = shown[i] ?? 0;
    const f = findings[index];
    if (!f) continue;
    rows.push(
      <div
        key={index}
        class={index === selected ? 'finding-row selected' : 'finding-row'}
        role="row"
        aria-rowindex={i + 2}
        data-finding-row
        data-rule-id={f.ruleId}
        data-row={f.row}
        data-severity={f.severity}
        onClick={() => setSelected(index)}
      >
        <span role="cell" class="number">
          {f.row}
        </span>
        <span role="cell" class={severityClass(f.severity)}>
          {SEVERITY_LABEL[f.severity]}
        </span>
        <span role="cell">{ruleTitle(f.ruleId)}</span>
        <span role="cell">{f.patchId ?? ''}</span>
        <span role="cell">{f.town ?? ''}</span>
        <span role="cell">{f.fields.map(fieldLabel).join('、')}</span>
        <span role="cell" title={f.message}>
          {f.message}
        </span>
      </div>,
    );
  }
  const chosen = selected === undefined ? undefined : findings[selected];

  return (
    <section class="findings">
      <h2>
        问题清单：显示 <span class="figure" data-figure="audit.findings.shown">{shown.length}</span> / {findings.length} 条
      </h2>
      <div class="findings-filters">
        <label>
          规则
          <select data-filter="rule" value={filter.rule} onChange={(e) => onFilter({ rule: e.currentTarget.value })}>
            <option value="">全部规则</option>
            {summary.byRule.map((r) => (
              <option key={r.ruleId} value={r.ruleId}>
                {ruleTitle(r.ruleId)}（{r.count}）
              </option>
            ))}
          </select>
        </label>
        <label>
          严重程度
          <select
            data-filter="severity"
            value={filter.severity}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onFilter({ severity: isSeverity(value) ? value : '' });
            }}
          >
            <option value="">全部</option>
            <option value="error">错误（{summary.findings.error}）</option>
            <option value="warning">警告（{summary.findings.warning}）</option>
            <option value="info">提示（{summary.findings.info}）</option>
          </select>
        </label>
        <label>
          乡镇
          <select data-filter="town" value={filter.town} onChange={(e) => onFilter({ town: e.currentTarget.value })}>
            <option value="">全部乡镇</option>
            {summary.byTown.map((t) => (
              <option key={t.town} value={t.town}>
                {t.town}
              </option>
            ))}
          </select>
        </label>
        <label>
          字段
          <select
            data-filter="field"
            value={filter.field}
            onChange={(e) => {
              const value = e.currentTarget.value;
              const match = fields.find((f) => f.field === value);
              onFilter({ field: match ? match.field : '' });
            }}
          >
            <option value="">全部字段</option>
            {fields.map((f) => (
              <option key={f.field} value={f.field}>
                {f.label}（{f.count}）
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onFilter({ rule: '', severity: '', town: '', field: '' })}>
          清除筛选
        </button>
      </div>
      <div class="findings-table" role="table" aria-rowcount={shown.length + 1} aria-label="问题清单">
        <div class="finding-row finding-head" role="row" aria-rowindex={1}>
          <span role="columnheader">行号</span>
          <span role="columnheader">程度</span>
          <span role="columnheader">规则</span>
          <span role="columnheader">图斑编号</span>
          <span role="columnheader">乡镇</span>
          <span role="columnheader">字段</span>
          <span role="columnheader">问题说明</span>
        </div>
        <div
          class="findings-viewport"
          ref={viewport}
          style={{ height: `${VIEWPORT_ROWS * FINDING_ROW_HEIGHT}px` }}
          onScroll={(event) => {
            const top = event.currentTarget.scrollTop;
            cancelAnimationFrame(frame.current);
            frame.current = requestAnimationFrame(() => setScrollTop(top));
          }}
        >
          <div class="findings-spacer" style={{ height: `${view.totalHeight}px` }}>
            <div class="findings-window" style={{ transform: `translateY(${view.offsetTop}px)` }}>
              {rows}
            </div>
          </div>
          {shown.length === 0 && <p class="hint findings-empty">{findings.length === 0 ? '没有发现问题。' : '没有符合筛选条件的问题。'}</p>}
        </div>
      </div>
      {chosen && (
        <div class="finding-detail" aria-live="polite">
          <strong>
            第 {chosen.row} 行{chosen.patchId ? `（${chosen.patchId}）` : ''} · {SEVERITY_LABEL[chosen.severity]} · {ruleTitle(chosen.ruleId)}
            {chosen.columns.length > 0 ? ` · 列 ${chosen.columns.join('、')}` : ''}
          </strong>
          <p>{chosen.message}</p>
          <details>
            <summary>说明</summary>
            <p class="hint">规则编号：{chosen.ruleId}</p>
          </details>
        </div>
      )}
    </section>
  );
}
