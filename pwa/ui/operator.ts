import { useLiveQuery } from './use-live-query';
import { appDb } from './database';

/** Who is working: every ledger event records it (reports-and-ledger.md, history: who, when, what, why). */
export const OPERATOR_KEY = 'operator';
export const DEFAULT_OPERATOR = '本机用户';

export async function readOperator(): Promise<string> {
  const row = await appDb().settings.get(OPERATOR_KEY);
  return typeof row?.value === 'string' && row.value.trim() !== '' ? row.value : DEFAULT_OPERATOR;
}

export async function saveOperator(name: string): Promise<void> {
  await appDb().settings.put({ key: OPERATOR_KEY, value: name.trim() });
}

export function useOperator(): string {
  return useLiveQuery(readOperator, []).value ?? DEFAULT_OPERATOR;
}

/** Who and when, for a ledger operation started now. */
export async function actorNow(): Promise<{ who: string; at: string }> {
  return { who: await readOperator(), at: new Date().toISOString() };
}
