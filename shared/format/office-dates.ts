/**
 * Dates as a face writes them: every face picks ONE style and keeps it (issue 11) — the CLI, the
 * JSON and the annotated workbook `YYYY-MM-DD`; the extension and the PWA `YYYY年M月D日`.
 */
export type DateStyle = 'iso' | 'chinese';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** An ISO date in the face's style; anything else (a date as the filer typed it) unchanged. */
export function formatDate(text: string, style: DateStyle): string {
  const match = ISO_DATE.exec(text);
  if (!match || style === 'iso') return text;
  const [, year, month, day] = match;
  return `${year ?? ''}年${Number(month)}月${Number(day)}日`;
}

/** A moment in the face's style, to the second, local time: `2026年12月7日 14:05:09`. */
export function formatDateTime(date: Date, style: DateStyle): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const iso = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatDate(iso, style)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
