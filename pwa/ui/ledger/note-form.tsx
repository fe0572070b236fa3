import { useState } from 'preact/hooks';
import { addNote } from '../../ledger/add-note';
import { appDb } from '../database';
import { actorNow } from '../operator';

/** 进展备注: appended to the item's history (addNote); never edited afterwards. */
export function NoteForm({ itemId }: { readonly itemId: number }) {
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await addNote(appDb(), itemId, text, await actorNow());
    if (result.ok) {
      setText('');
      setRefusal(undefined);
    } else setRefusal(result.reason);
  };
  return (
    <form class="note-form" onSubmit={(e) => void submit(e)}>
      <h2>进展备注</h2>
      <textarea data-field="note" rows={2} placeholder="如：已约谈当事人，承诺月底前拆除" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="form-actions">
        <button type="submit" data-action="add-note">
          添加备注
        </button>
        {refusal !== undefined && <span role="alert">{refusal}</span>}
      </div>
    </form>
  );
}
