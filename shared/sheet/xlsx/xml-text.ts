/**
 * XML text of an .xlsx part → the text Excel shows, as SheetJS unescapes it (so the streaming and
 * SheetJS paths read the same values): the five entities, numeric character references, OOXML's
 * `_xHHHH_` escapes (a line break stored as `_x000D_`), and CRLF → LF.
 */

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x([\da-fA-F]+)|#(\d+));/gu;
const NAMED: Readonly<Record<string, string>> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const OOXML_ESCAPE = /_x([\da-fA-F]{4})_/gu;

const NEEDS_UNESCAPE = /[&\r]|_x/u;

export function unescapeXmlText(text: string): string {
  if (!NEEDS_UNESCAPE.test(text)) return text; // the common case: one scan
  let out = text;
  if (out.includes('&')) {
    out = out.replace(ENTITY, (whole: string, hex: string | undefined, dec: string | undefined) => {
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      return NAMED[whole] ?? whole;
    });
  }
  if (out.includes('_x')) out = out.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return out.includes('\r\n') ? out.replace(/\r\n/gu, '\n') : out;
}

/** The value of `name="…"` in one start tag (`tag` is the text from `<` to `>`), unescaped; undefined when absent. */
export function attributeOf(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  let at = tag.indexOf(key);
  let quote = '"';
  if (at < 0) {
    at = tag.indexOf(` ${name}='`);
    quote = "'";
    if (at < 0) return undefined;
  }
  const start = at + key.length;
  const end = tag.indexOf(quote, start);
  return end < 0 ? undefined : unescapeXmlText(tag.slice(start, end));
}

/** Rich text `<t>` runs of a string item or an inline string, joined; phonetic runs (`<rPh>`) are not shown text. */
export function joinTextRuns(xml: string): string {
  const visible = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, '') : xml;
  let out = '';
  let at = 0;
  for (;;) {
    const open = visible.indexOf('<t', at);
    if (open < 0) break;
    const after = visible.charCodeAt(open + 2);
    const gt = visible.indexOf('>', open);
    if (gt < 0) break;
    // `<t>` or `<t xml:space="preserve">`, not `<tab…>`; `<t/>` is empty.
    if (after !== 62 && after !== 32 && after !== 47) {
      at = gt + 1;
      continue;
    }
    if (visible.charCodeAt(gt - 1) === 47) {
      at = gt + 1;
      continue;
    }
    const close = visible.indexOf('</t>', gt);
    if (close < 0) break;
    out += visible.slice(gt + 1, close);
    at = close + 4;
  }
  return detachedText(unescapeXmlText(out));
}

/**
 * A copy of `text` that does not keep the string it was cut from alive. V8 represents a slice of
 * 13 characters or more as a view into its parent: a patch number kept by the duplicate check
 * would pin the whole megabytes-long chunk of sheet XML it came from, and with it, chunk by chunk,
 * the sheet. Concatenating and cutting again makes V8 copy the characters.
 */
export function detachedText(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}
