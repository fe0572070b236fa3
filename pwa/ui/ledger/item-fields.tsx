import { useState } from 'preact/hooks';
import { FIELD_DEFINITIONS, fieldDefinition, type FieldId } from '../../../shared/model/field-dictionary';
import type { LedgerItem } from '../../db/schema';
import { saveItemEdits } from '../../ledger/save-item-edits';
import { fieldLabel } from '../../ledger-export/event-text';
import { appDb } from '../database';
import { actorNow } from '../operator';

/** The fields worked on while rectifying; the other filed fields are shown, not edited (they come from the sheet). */
export const EDITABLE_FIELDS: readonly FieldId[] = [
  'rectMeasure',
  'rectPlannedDate',
  'rectResolved',
  'rectDate',
  'approvalNo',
  'approvalDate',
  'fineAmount',
  'fineCollected',
  'reclaimCertNo',
  'remark',
];

type Outcome = { readonly kind: 'saved'; readonly count: number } | { readonly kind: 'refused'; readonly reason: string };

/**
 * The item's filed fields (labels from the field dictionary) and the form that edits the
 * rectification fields and 责任单位. Only fields the user changed are sent, so a value's filed
 * form (e.g. `2024/3/31`) is never rewritten by merely saving. Remounted after each save (keyed
 * by updatedAt) so that it starts from what is stored.
 */
export function ItemFields({ item }: { readonly item: LedgerItem & { readonly id: number } }) {
  const closed = item.state === '已销号';
  const initial = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, item.values[f] ?? ''])) as Record<FieldId, string>;
  const [values, setValues] = useState(initial);
  const [unit, setUnit] = useState(item.unit ?? '');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();

  const save = async (event: Event) => {
    event.preventDefault();
    const changed = Object.fromEntries(EDITABLE_FIELDS.filter((f) => values[f].trim() !== initial[f].trim()).map((f) => [f, values[f]]));
    const unitChanged = unit.trim() !== (item.unit ?? '');
    const result = await saveItemEdits(
      appDb(),
      item.id,
      { values: changed, ...(unitChanged ? { unit } : {}) },
      {
        ...(await actorNow()),
        ...(reason.trim() !== '' ? { reason: reason.trim() } : {}),
      },
    );
    setOutcome(
      result.ok
        ? {
            kind: 'saved',
            count: result.changes.length + (result.unitChanged ? 1 : 0),
          }
        : { kind: 'refused', reason: result.reason },
    );
  };

  const filed = FIELD_DEFINITIONS.filter((d) => item.values[d.id] !== undefined);
  return (
    <div class="item-fields">
      <h2>整改信息</h2>
      {closed && <p class="muted">已销号的条目不能修改；如复核发现问题，请先“重新打开”。</p>}
      <form class="edit-form" onSubmit={(e) => void save(e)}>
        <label>
          责任单位
          <input data-field="unit" placeholder={`（默认为乡镇：${item.town ?? '未填'}）`} value={unit} disabled={closed} onInput={(e) => setUnit(e.currentTarget.value)} />
        </label>
        {EDITABLE_FIELDS.map((field) => (
          <label key={field}>
            {fieldLabel(field)}
            <FieldInput field={field} value={values[field]} disabled={closed} onChange={(v) => setValues({ ...values, [field]: v })} />
          </label>
        ))}
        <label>
          修改原因
          <input data-field="edit-reason" value={reason} disabled={closed} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <div class="form-actions">
          <button type="submit" data-action="save-fields" disabled={closed}>
            保存
          </button>
          {outcome?.kind === 'saved' && <span role="status">{outcome.count === 0 ? '没有改动。' : `已保存 ${outcome.count} 项改动。`}</span>}
          {outcome?.kind === 'refused' && <span role="alert">{outcome.reason}</span>}
        </div>
      </form>

      <h2>图斑信息（填报值）</h2>
      <dl class="filed-values">
        {filed.map((d) => (
          <div key={d.id} data-filed-field={d.id}>
            <dt>{d.labels[0]}</dt>
            <dd>{item.values[d.id]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function FieldInput({ field, value, disabled, onChange }: { readonly field: FieldId; readonly value: string; readonly disabled: boolean; readonly onChange: (value: string) => void }) {
  const def = fieldDefinition(field);
  if (def.type === 'yesno') {
    return (
      <select data-field={field} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">（未填）</option>
        <option value="是">是</option>
        <option value="否">否</option>
        {value !== '' && value !== '是' && value !== '否' && <option value={value}>{value}</option>}
      </select>
    );
  }
  const listId = def.values ? `values-${field}` : undefined;
  return (
    <>
      <input
        data-field={field}
        value={value}
        disabled={disabled}
        list={listId}
        placeholder={def.type === 'date' ? '如 2024-03-31' : def.unit === 'yuan' ? '元' : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      {def.values && (
        <datalist id={listId}>
          {def.values.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      )}
    </>
  );
}
