import { describe, expect, it } from 'vitest';
import { throttleProgress } from './progress-throttle';
import type { SheetJobProgress } from './sheet-job-types';

describe('throttleProgress', () => {
  it('passes at most one message per interval, but always a new phase and a phase’s end', () => {
    let t = 0;
    const sent: SheetJobProgress[] = [];
    const progress = throttleProgress((p) => sent.push(p), 50, () => t);
    progress({ phase: 'read', done: 0, total: 1 });
    progress({ phase: 'audit', done: 1, total: 1000 });
    for (let done = 2; done < 1000; done++) {
      t += 1;
      progress({ phase: 'audit', done, total: 1000 });
    }
    progress({ phase: 'audit', done: 1000, total: 1000 });
    progress({ phase: 'write', done: 0, total: 1 });
    // 998 ms of audit progress at one per ms: about 20 messages, not 1000.
    const audit = sent.filter((p) => p.phase === 'audit');
    expect(audit.length).toBeGreaterThanOrEqual(19);
    expect(audit.length).toBeLessThanOrEqual(22);
    expect(sent[0]).toEqual({ phase: 'read', done: 0, total: 1 });
    expect(audit[0]).toEqual({ phase: 'audit', done: 1, total: 1000 });
    expect(audit.at(-1)).toEqual({ phase: 'audit', done: 1000, total: 1000 });
    expect(sent.at(-1)).toEqual({ phase: 'write', done: 0, total: 1 });
    for (let i = 2; i < audit.length - 1; i++) expect((audit[i]?.done ?? 0) - (audit[i - 1]?.done ?? 0)).toBeGreaterThanOrEqual(50);
  });
});
