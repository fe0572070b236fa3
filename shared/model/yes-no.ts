/**
 * 是/否 answers in their variants (fields.md): 是/否, Y/N, √/×, 1/0. Empty means unanswered, which
 * is not the same as 否.
 */
export type YesNoReading = { readonly state: 'yes' } | { readonly state: 'no' } | { readonly state: 'empty' } | { readonly state: 'invalid'; readonly raw: string };

const YES = new Set(['是', 'y', 'yes', '√', '✓', '✔', '1', 'true', '有']);
const NO = new Set(['否', 'n', 'no', '×', '✗', '✘', 'x', '0', 'false', '无']);

/**
 * `verbs` are what the question asks, from its labels without 是否 (是否立案 → 立案): a status word
 * answers only its own question — 已立案 is 是 for 是否立案, but 已移送 is no answer to it.
 */
const STATUS_WORD = /^(已|未|不予|不|没有|暂未|尚未)(.{2,8})$/u;

export function parseYesNo(raw: unknown, verbs: readonly string[] = []): YesNoReading {
  if (raw === null || raw === undefined) return { state: 'empty' };
  if (typeof raw === 'boolean') return { state: raw ? 'yes' : 'no' };
  if (typeof raw === 'number') {
    if (raw === 1) return { state: 'yes' };
    if (raw === 0) return { state: 'no' };
    return { state: 'invalid', raw: String(raw) };
  }
  const text = String(raw).trim();
  if (text === '') return { state: 'empty' };
  const key = text.toLowerCase();
  if (YES.has(key)) return { state: 'yes' };
  if (NO.has(key)) return { state: 'no' };
  const status = STATUS_WORD.exec(key);
  if (status?.[2] !== undefined && verbs.some((verb) => verb.includes(status[2] ?? ''))) {
    return { state: status[1] === '已' ? 'yes' : 'no' };
  }
  return { state: 'invalid', raw: text };
}
