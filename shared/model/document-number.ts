/**
 * 文号 (document numbers) such as `川府土〔2023〕12号`: 机关代字, the year in full inside 六角括号 〔〕,
 * then the serial and 号 (GB/T 9704, followed by every seed notice). `[2023]`, `【2023】`, `(2023)`
 * and `（2023）` are common mistakes: they are parsed, and the bracket style is reported.
 */
export type DocumentNumberBracket = '〔〕' | '[]' | '【】' | '()' | '（）' | '{}' | 'mixed';

export interface DocumentNumber {
  readonly agency: string;
  readonly year: number;
  readonly serial: string;
  readonly bracket: DocumentNumberBracket;
  /** 代字〔YYYY〕N号 exactly. */
  readonly wellFormed: boolean;
}

const OPEN_TO_STYLE: Readonly<Record<string, DocumentNumberBracket>> = { '〔': '〔〕', '[': '[]', '【': '【】', '(': '()', '（': '（）', '{': '{}', '［': '[]', '﹝': '〔〕' };
const CLOSE_TO_STYLE: Readonly<Record<string, DocumentNumberBracket>> = { '〕': '〔〕', ']': '[]', '】': '【】', ')': '()', '）': '（）', '}': '{}', '］': '[]', '﹞': '〔〕' };

const BRACKETED = /^(.*?)\s*([〔[【(（{［﹝])\s*(\d{4})\s*([〕\]】)）}］﹞])\s*第?\s*([0-9A-Za-z-]+)\s*(号?)\s*$/u;
const WELL_FORMED = /^\S*[^\s\d]〔\d{4}〕[1-9]\d*号$/u;

export function parseDocumentNumber(raw: string): DocumentNumber | undefined {
  const text = raw.trim();
  const m = BRACKETED.exec(text);
  if (!m) return undefined;
  const [, agency = '', open = '', year = '', close = '', serial = ''] = m;
  const openStyle = OPEN_TO_STYLE[open];
  const closeStyle = CLOSE_TO_STYLE[close];
  const bracket: DocumentNumberBracket = openStyle !== undefined && openStyle === closeStyle ? openStyle : 'mixed';
  return { agency: agency.trim(), year: Number(year), serial, bracket, wellFormed: WELL_FORMED.test(text) };
}

/** The year inside any of the brackets people use, or undefined when there is none. */
export function documentNumberYear(raw: string): number | undefined {
  return parseDocumentNumber(raw)?.year;
}
