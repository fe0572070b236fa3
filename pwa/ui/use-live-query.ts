import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * A Dexie live query as Preact state (house style: components read through live queries, write
 * through ledger/ functions). `undefined` until the first result; re-runs when `deps` change and
 * whenever a write — from this page, another tab or a Worker — touches what the query read.
 * An error is kept, not thrown, so one failed read shows a message instead of a blank page.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((prior) => ({ value: prior.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
