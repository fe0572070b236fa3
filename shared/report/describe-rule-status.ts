import type { NotApplicableReason } from '../engine/run-rules';
import { fieldDefinition } from '../model/field-dictionary';

/** zh-CN text for why a rule did not run (audit summary, table output, 汇总 sheet). */
export function describeNotApplicable(reason: NotApplicableReason): string {
  if (reason.kind === 'disabled') return '已在配置中关闭';
  const labels = reason.missing.map((f) => fieldDefinition(f).labels[0] ?? f);
  // Rules over "every area" or "any date" would list a dozen fields: name a few.
  const shown = labels.length > 5 ? `${labels.slice(0, 4).join('、')} 等 ${labels.length} 个字段` : labels.join('、');
  return `缺少字段：${shown}`;
}
