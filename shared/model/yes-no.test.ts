import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYesNo } from './yes-no';

describe('parseYesNo', () => {
  it.each(['是', 'Y', 'y', '√', '1', 1, true, ' 是 '])('reads %j as yes', (raw) => expect(parseYesNo(raw).state).toBe('yes'));
  it.each(['否', 'N', 'n', '×', '0', 0, false])('reads %j as no', (raw) => expect(parseYesNo(raw).state).toBe('no'));
  it.each([
    ['已立案', ['立案', '立案查处'], 'yes'],
    ['未立案', ['立案'], 'no'],
    ['不予立案', ['立案'], 'no'],
    ['已整改到位', ['整改到位'], 'yes'],
    ['尚未整改', ['整改到位'], 'no'],
    ['已移送', ['立案', '立案查处'], 'invalid'],
    ['已立案', [], 'invalid'],
  ] as const)('reads the status word %j for the question %j as %s', (raw, verbs, state) => expect(parseYesNo(raw, verbs).state).toBe(state));
  it.each(['', '  ', null, undefined])('reads %j as unanswered, not 否', (raw) => expect(parseYesNo(raw).state).toBe('empty'));
  it.each(['待定', '2', 2, '是否', '已于2023年5月6日立案并处罚到位'])('reports %j as unreadable', (raw) => expect(parseYesNo(raw).state).toBe('invalid'));
  it('never throws (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.integer(), fc.boolean()), (raw) => void parseYesNo(raw)), { numRuns: 1000 });
  });
});
