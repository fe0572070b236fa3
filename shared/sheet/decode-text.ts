/**
 * CSV bytes → text. CSV files come in GBK (Excel's default on Chinese Windows) or UTF-8, with or
 * without a BOM (fields.md): a BOM means UTF-8; else a strict UTF-8 decode that succeeds means
 * UTF-8 (GBK text with any Chinese in it is almost never valid UTF-8); else GBK.
 *
 * TextDecoder is global in browsers, Workers and Node, but not in the ES library shared/ compiles
 * against (tsconfig.shared.json has no DOM): it is reached through globalThis with a minimal local
 * type, so no ambient declaration can clash with lib.dom's.
 */

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

function makeDecoder(label: string, fatal: boolean): TextDecoderLike | undefined {
  const Ctor = (globalThis as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (Ctor === undefined) return undefined;
  try {
    return new Ctor(label, { fatal });
  } catch {
    return undefined; // RangeError: an engine without that encoding (a small-ICU build)
  }
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  const decoder = makeDecoder(label, fatal);
  if (decoder === undefined) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

export type DecodedText = { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'gbk' } | { readonly ok: false; readonly reason: 'not-text' | 'no-gbk' };

export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) {
    // The BOM declares UTF-8; a stray bad byte becomes U+FFFD rather than a refusal. The decoder drops the BOM.
    const text = tryDecode('utf-8', bytes, false);
    return text === undefined ? { ok: false, reason: 'not-text' } : { ok: true, text, encoding: 'utf-8' };
  }
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  if (makeDecoder('gbk', true) === undefined) return { ok: false, reason: 'no-gbk' };
  const gbk = tryDecode('gbk', bytes, true);
  return gbk === undefined ? { ok: false, reason: 'not-text' } : { ok: true, text: gbk, encoding: 'gbk' };
}

const SAMPLE_CHARS = 65_536;

/**
 * Text a person could have saved from a spreadsheet: no NUL, hardly any other control character.
 * Random bytes often decode as GBK (most byte pairs are assigned) but carry control characters.
 */
export function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  return control <= n / 1000;
}

export type Separator = ',' | '\t' | ';';

const SEPARATORS: readonly Separator[] = [',', '\t', ';']; // tie-break order

/**
 * The field separator: an Excel `sep=` first line wins; else the separator met most often outside
 * quotes in the first lines. Undefined when the text has none (not a table).
 */
export function sniffSeparator(text: string): Separator | undefined {
  const declared = /^sep=(.)\r?\n/u.exec(text.slice(0, 8));
  if (declared?.[1] !== undefined && (SEPARATORS as readonly string[]).includes(declared[1])) return declared[1] as Separator;
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  const n = Math.min(text.length, SAMPLE_CHARS);
  let inQuotes = false;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === '\t' || ch === ';')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Separator | undefined;
  let bestCount = 0;
  for (const s of SEPARATORS) {
    const c = counts.get(s) ?? 0;
    if (c > bestCount) {
      best = s;
      bestCount = c;
    }
  }
  return best;
}

/** Text that is not a CSV table but is often dropped in its place. */
export function describeOtherText(text: string): string | undefined {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<')) {
    if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'XML 电子表格 2003 格式';
    if (head.includes('<html') || head.includes('<table') || head.includes('<!doctype html')) return '网页（HTML）格式';
    return 'XML 或网页格式';
  }
  if (/[[【]\s*(?:属性描述|地块坐标)\s*[\]】]/u.test(text.slice(0, 8192))) return '界址点坐标文件（TXT）';
  return undefined;
}
