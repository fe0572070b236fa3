import type { SheetJobProgress } from './sheet-job-types';

/** At most one progress message per this many ms (≈ 20/s): a bar needs no more, and each costs a post. */
export const PROGRESS_INTERVAL_MS = 50;

/**
 * Passes progress on at most once per `intervalMs`, except what the user must see at once: a new
 * phase and the end of a phase. `now` is injectable for tests.
 */
export function throttleProgress(send: (progress: SheetJobProgress) => void, intervalMs = PROGRESS_INTERVAL_MS, now: () => number = () => performance.now()): (progress: SheetJobProgress) => void {
  let lastAt = Number.NEGATIVE_INFINITY;
  let lastPhase: SheetJobProgress['phase'] | undefined;
  return (progress) => {
    const t = now();
    const mustShow = progress.phase !== lastPhase || progress.done >= progress.total;
    if (!mustShow && t - lastAt < intervalMs) return;
    lastAt = t;
    lastPhase = progress.phase;
    send(progress);
  };
}
