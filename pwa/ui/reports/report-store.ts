import { useEffect, useState } from 'preact/hooks';
import type { PeriodReport } from '../../../shared/report/period-report';

/**
 * The last report made on #/reports, kept in memory (not stored: it is derived from a sheet the
 * user can pick again) so that #/reports/quarterly prints it.
 */
export interface ShownReport {
  readonly report: PeriodReport;
  readonly fileName: string;
}

let shown: ShownReport | undefined;
const listeners = new Set<(value: ShownReport | undefined) => void>();

export function setShownReport(value: ShownReport | undefined): void {
  shown = value;
  for (const listener of listeners) listener(value);
}

export function useShownReport(): ShownReport | undefined {
  const [value, setValue] = useState(shown);
  useEffect(() => {
    listeners.add(setValue);
    setValue(shown);
    return () => {
      listeners.delete(setValue);
    };
  }, []);
  return value;
}
