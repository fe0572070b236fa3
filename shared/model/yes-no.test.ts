import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYesNo } from './yes-no';

describe('parseYesNo', () => {
  it.each(['是', 'Y', 'y', '√', '1', 1, true, ' 是 '])('reads %j as yes', (raw) => expect(parseYesNo(raw).state).toBe('yes'));
  it.each(['否', 'N', 'n', '×', '0', 0, false])('reads %j as no', (raw) => expect(parseYesNo(raw).state).toBe('no'));
  it.each(['', '  ', null, undefined])('reads %j as unanswered, not 否', (raw) => expect(parseYesNo(raw).state).toBe('empty'));
  it.each(['待定', '2', 2, '是否'])('reports %j as unreadable', (raw) => expect(parseYesNo(raw).state).toBe('invalid'));
  it('never throws (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.integer(), fc.boolean()), (raw) => void parseYesNo(raw)), { numRuns: 1000 });
  });
});
