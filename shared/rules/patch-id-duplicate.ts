import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'patch-id-duplicate',
  title: '图斑编号重复',
  severity: 'error',
  description:
    '同一批次中图斑编号重复：从第二次出现起每次都报告，并指出首次出现的行。以地块编号区分的同一图斑的不同地块不算重复（图斑编号与地块编号都相同才算）。',
  fields: ['patchId'],
  optionalFields: ['plotId'],
  patchKinds: 'both',
  messages: {
    duplicate: '图斑编号“{patchId}”重复，首次出现在第 {firstRow} 行。',
  },
  source: { tag: 'inferred', refs: [], note: '一批次内图斑编号唯一（fields.md）；拆分为地块时按 图斑编号+地块编号 判断。' },
  createBatchState: () => new Map<string, number>(),
  check(record, context, seen) {
    const patchId = textOf(record, 'patchId');
    // A form (no row) holds one record, checked again each time a control changes: a re-check of
    // the same form is not a second occurrence, and there is no first row to name.
    if (patchId === undefined || context.row === undefined) return [];
    const key = `${patchId}\u0000${textOf(record, 'plotId') ?? ''}`;
    const firstRow = seen.get(key);
    if (firstRow === undefined) {
      seen.set(key, context.row);
      return [];
    }
    return [{ messageId: 'duplicate', data: { patchId, firstRow } }];
  },
});
