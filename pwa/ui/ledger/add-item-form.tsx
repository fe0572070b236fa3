import { useState } from 'preact/hooks';
import type { FieldId } from '../../../shared/model/field-dictionary';
import { addItemByHand } from '../../ledger/add-item-by-hand';
import { fieldLabel } from '../../ledger-export/event-text';
import { appDb } from '../database';
import { actorNow } from '../operator';

/** What a hand entry asks for (an unresolved historic case, a patch in no sheet); the rest is edited on the item's page. */
const HAND_FIELDS: readonly FieldId[] = ['patchId', 'town', 'village', 'location', 'landUser', 'violationArea', 'violationCultivated', 'rectMeasure', 'rectPlannedDate', 'rectResolved', 'remark'];

type Outcome =
  | {
      readonly kind: 'added';
      readonly patchId: string;
      readonly itemId: number;
    }
  | { readonly kind: 'refused'; readonly reason: string };

/** 手工录入: a form that enters one item by hand (addItemByHand). */
export function AddItemForm() {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Partial<Record<FieldId, string>>>({});
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const actor = await actorNow();
    const result = await addItemByHand(appDb(), values, {
      ...actor,
      ...(reason.trim() !== '' ? { reason: reason.trim() } : {}),
    });
    if (!result.ok) {
      setOutcome({ kind: 'refused', reason: result.reason });
      return;
    }
    setOutcome({
      kind: 'added',
      patchId: values.patchId?.trim() ?? '',
      itemId: result.itemId,
    });
    setValues({});
    setReason('');
    setOpen(false);
  };

  return (
    <div class="add-item">
      <button type="button" data-action="add-by-hand" aria-expanded={open} onClick={() => setOpen(!open)}>
        手工录入
      </button>
      {outcome?.kind === 'added' && (
        <span class="muted">
          已录入 <a href={`#/ledger/${outcome.itemId}`}>{outcome.patchId}</a>。
        </span>
      )}
      {open && (
        <form class="add-item-form" onSubmit={(e) => void submit(e)}>
          {HAND_FIELDS.map((field) => (
            <label key={field}>
              {fieldLabel(field)}
              {field === 'patchId' && <span class="required">*</span>}
              {field === 'rectResolved' ? (
                <select data-field={field} value={values[field] ?? ''} onChange={(e) => setValues({ ...values, [field]: e.currentTarget.value })}>
                  <option value="">（未填）</option>
                  <option value="是">是</option>
                  <option value="否">否</option>
                </select>
              ) : (
                <input data-field={field} value={values[field] ?? ''} required={field === 'patchId'} onInput={(e) => setValues({ ...values, [field]: e.currentTarget.value })} />
              )}
            </label>
          ))}
          <label>
            录入原因
            <input data-field="hand-reason" placeholder="如：历史未整改案件" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          <div class="form-actions">
            <button type="submit" data-action="add-submit">
              录入台账
            </button>
            {outcome?.kind === 'refused' && <span role="alert">{outcome.reason}</span>}
          </div>
        </form>
      )}
    </div>
  );
}
