import { useEffect, useState } from 'preact/hooks';
import { saveOperator, useOperator } from '../operator';

/** The operator's name, recorded as “who” in every ledger event. */
export function OperatorField() {
  const operator = useOperator();
  const [draft, setDraft] = useState(operator);
  useEffect(() => setDraft(operator), [operator]);
  return (
    <label class="operator-field">
      操作人
      <input
        value={draft}
        maxLength={40}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => {
          if (draft.trim() !== '' && draft !== operator) void saveOperator(draft);
        }}
      />
    </label>
  );
}
