import { parseDocumentNumber } from '../model/document-number';
import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { documentNumbersIn } from './readings';

/** A year in brackets: a 代字 holding one is another 文号 run together with this one. */
const BRACKETED_YEAR = /[〔[【(（{［﹝]\s*\d{4}\s*[〕\]】)）}］﹞]/u;

export default defineRule({
  id: 'approval-no-format',
  title: '批准文号格式不规范',
  severity: 'warning',
  description:
    '批准文号应写作“机关代字〔年份〕序号号”（GB/T 9704）：年份用六角括号〔〕，不用 []、【】、()、（）；不是这种形式的（缺年份、年份不是四位、写“第”、缺“号”、序号前补零等）也提示。一格中用顿号、逗号、分号分隔的多个文号逐个检查；空格不计。',
  fields: ['approvalNo'],
  patchKinds: 'both',
  messages: {
    wrongBrackets: '批准文号“{approvalNo}”的年份用了 {bracket}：请改用六角括号〔〕。',
    malformed: '批准文号“{approvalNo}”不是“机关代字〔年份〕序号号”的形式：请按批文原样填写。',
  },
  source: {
    tag: 'inferred',
    refs: ['S0', 'S1', 'S2', 'S4'],
    note: 'GB/T 9704 发文字号：年份全称，用六角括号〔〕，序号不编虚位、不加“第”；每份种子通知的文号均如此书写。',
  },
  check(record) {
    const text = textOf(record, 'approvalNo');
    if (text === undefined) return [];
    // A project may rest on several approvals listed in one cell: each is judged; the first fault is reported.
    for (const approvalNo of documentNumbersIn(text)) {
      // Spaces (`〔2020〕10 号`, as text extracted from the seed PDFs shows) are not what this rule is about.
      const parsed = parseDocumentNumber(approvalNo.replace(/\s+/gu, ''));
      if (parsed !== undefined && parsed.bracket !== '〔〕') {
        return [{ messageId: 'wrongBrackets', data: { approvalNo, bracket: parsed.bracket === 'mixed' ? '不成对的括号' : parsed.bracket }, fields: ['approvalNo'] }];
      }
      // wellFormed admits any 代字, even one that holds another 文号 (two run together): that is not a 代字.
      if (parsed?.wellFormed !== true || BRACKETED_YEAR.test(parsed.agency)) return [{ messageId: 'malformed', data: { approvalNo }, fields: ['approvalNo'] }];
    }
    return [];
  },
});
