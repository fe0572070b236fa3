import type { LedgerEvent } from '../../db/schema';
import { changeText, describeLedgerEvent } from '../../ledger-export/event-text';
import { formatLocalTime } from './local-time';

/** The append-only history, newest first: who, when, what (field labels, from → to) and why. */
export function ItemHistory({ events }: { readonly events: readonly LedgerEvent[] }) {
  return (
    <div class="item-history">
      <h2>变更记录</h2>
      <ol class="history-list">
        {[...events].reverse().map((event) => {
          const text = describeLedgerEvent(event);
          const changes = event.data.kind === 'updated' ? event.data.changes : undefined;
          return (
            <li key={event.id} data-event-kind={event.kind}>
              <span class="history-head">
                <strong>{text.action}</strong>
                <span class="muted">
                  {formatLocalTime(event.at)} · {event.who}
                </span>
              </span>
              {changes ? (
                <ul class="history-changes">
                  {changes.map((c) => (
                    <li key={c.field}>{changeText(c)}</li>
                  ))}
                </ul>
              ) : (
                text.content !== '' && <span class="history-content">{text.content}</span>
              )}
              {event.why !== undefined && <span class="history-why">原因：{event.why}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
