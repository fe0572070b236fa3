/**
 * 是/否 answers in their variants (fields.md): 是/否, Y/N, √/×, 1/0. Empty means unanswered, which
 * is not the same as 否.
 */
export type YesNoReading = { readonly state: 'yes' } | { readonly state: 'no' } | { readonly state: 'empty' } | { readonly state: 'invalid'; readonly raw: string };

const YES = new Set(['是', 'y', 'yes', '√', '✓', '✔', '1', 'true', '有']);
const NO = new Set(['否', 'n', 'no', '×', '✗', '✘', 'x', '0', 'false', '无']);

export function parseYesNo(raw: unknown): YesNoReading {
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
  return { state: 'invalid', raw: text };
}
