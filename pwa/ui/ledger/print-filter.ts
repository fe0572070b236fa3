import { isLedgerState, NO_FILTER, type LedgerFilter } from '../../ledger-export/ledger-rows';

/**
 * The list's filter carried to the printed 台账 in the hash (`#/ledger/print?state=…&town=…`), so
 * the paper shows what the screen showed, and a printed page can be opened again.
 */
export function printHash(filter: LedgerFilter): string {
  const query = new URLSearchParams();
  for (const key of ['state', 'town', 'unit', 'text'] as const) if (filter[key] !== '') query.set(key, filter[key]);
  const text = query.toString();
  return text === '' ? '#/ledger/print' : `#/ledger/print?${text}`;
}

/** The filter of a print hash's query (what follows `print?`); unknown or invalid parts are ignored. */
export function filterOfPrintQuery(query: string): LedgerFilter {
  const params = new URLSearchParams(query);
  const state = params.get('state') ?? '';
  return {
    state: isLedgerState(state) ? state : '',
    town: params.get('town') ?? NO_FILTER.town,
    unit: params.get('unit') ?? NO_FILTER.unit,
    text: params.get('text') ?? NO_FILTER.text,
  };
}
