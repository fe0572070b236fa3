import type { ColumnMapping } from '../../../shared/sheet/read-sheet';
import type { ColumnOverrides } from '../../audit/sheet-job-types';
import { draftValue, FIELD_GROUPS, sameOverrides, withChoice } from './mapping-draft';

interface MappingTableProps {
  readonly mapping: readonly ColumnMapping[];
  /** The corrections the shown results were read with. */
  readonly applied: ColumnOverrides;
  readonly remembered: boolean;
  readonly draft: ColumnOverrides;
  readonly settingsChanged: boolean;
  readonly busy: boolean;
  readonly onDraft: (draft: ColumnOverrides) => void;
  readonly onRerun: () => void;
  readonly onReset: () => void;
}

const UNIT_LABEL: Readonly<Record<NonNullable<ColumnMapping['unit']>, string>> = { mu: '亩', ha: '公顷', sqm: '平方米', yuan: '元', wanyuan: '万元', m: '米' };

function statusText(column: ColumnMapping, corrected: boolean): string {
  if (column.status === 'duplicate') return '重复（未读取）';
  if (column.status === 'unmapped') return corrected ? '已设为不读取' : '未识别';
  const unit = column.unit ? `，单位：${UNIT_LABEL[column.unit]}${column.unitSource === 'unit-line' ? '（表头上方）' : ''}` : '';
  return `${corrected ? '已更正' : '自动识别'}${unit}`;
}

/** The header mapping as read, one select per column to correct it; corrections are remembered for the header set. */
export function MappingTable(props: MappingTableProps) {
  const dirty = !sameOverrides(props.applied, props.draft);
  const mapped = props.mapping.filter((m) => m.status === 'mapped').length;
  return (
    <section class="mapping">
      <h2>
        表头识别：{props.mapping.length} 列中 {mapped} 列已对应字段
        {Object.keys(props.applied).length > 0 ? `，其中 ${Object.keys(props.applied).length} 列按${props.remembered ? '记住的' : '您的'}更正读取` : ''}
      </h2>
      <p class="hint">识别有误时，在下面改选字段，再点“按更正重新校核”。更正会按表头记住，下次读取同样表头的表格时自动使用。</p>
      <div class="mapping-actions">
        <button type="button" data-action="audit-rerun" disabled={props.busy || (!dirty && !props.settingsChanged)} onClick={props.onRerun}>
          {dirty ? '按更正重新校核' : '重新校核'}
        </button>
        <button type="button" data-action="mapping-reset" disabled={props.busy || (Object.keys(props.applied).length === 0 && !dirty)} onClick={props.onReset}>
          恢复自动识别
        </button>
      </div>
      <div class="mapping-scroll">
      <table class="mapping-table">
        <thead>
          <tr>
            <th>列</th>
            <th>表头</th>
            <th>字段</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {props.mapping.map((column) => {
            const corrected = Object.hasOwn(props.applied, column.column);
            return (
              <tr key={column.column} data-mapping-column={column.column} class={column.status}>
                <td>{column.columnLetter}</td>
                <td>{column.header === '' ? '（无表头）' : column.header}</td>
                <td>
                  <select
                    aria-label={`第 ${column.columnLetter} 列的字段`}
                    value={draftValue(column, props.draft)}
                    disabled={props.busy}
                    onChange={(event) => props.onDraft(withChoice(props.draft, column.column, event.currentTarget.value))}
                  >
                    <option value="">（不读取）</option>
                    {FIELD_GROUPS.map((group) => (
                      <optgroup key={group.label} label={group.label}>
                        {group.fields.map((f) => (
                          <option key={f.field} value={f.field}>
                            {f.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
                <td>{statusText(column, corrected)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </section>
  );
}
