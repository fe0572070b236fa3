/**
 * What users may not see (issue 11): an English word or a rule id. File formats and units that
 * offices write in Latin letters themselves are allowed (TXT, GeoJSON, zip, Excel, WPS, GBK …).
 */
import { allListedRules } from '../../shared/rule-registries';

const ALLOWED_LATIN = new Set(
  ['TXT', 'GeoJSON', 'Shapefile', 'shp', 'dbf', 'prj', 'cpg', 'zip', 'Excel', 'WPS', 'UTF', 'GBK', 'CSV', 'csv', 'xlsx', 'xls', 'json', 'JSON', 'X', 'Y', 'CGCS', 'MB', 'kB', 'KB', 'PDF', 'Chrome', 'Chromium', 'Edge', 'http', 'https', 'localhost', 'www', 'gov', 'cn', 'p95'].map((w) => w.toLowerCase()),
);

/** Latin words in the text that no office writes (URLs and file names stripped first). */
export function englishWords(text: string): string[] {
  const stripped = text
    .replace(/https?:\/\/[^\s，。、）)]+/gu, ' ')
    .replace(/[\w.-]+\.(txt|zip|json|geojson|xlsx|xls|csv|shp|dbf|prj|cpg|png|jpg|jpeg)\b/giu, ' ')
    .replace(/\b[\w-]+(\.[\w-]+)+(:\d+)?\b/gu, ' ') // host names and IPs
    .replace(/[A-Za-z0-9]*\d[A-Za-z0-9]*/gu, ' '); // codes such as 图斑编号 130403SJBG23210183
  // Spreadsheet column letters (A, AK) are how offices name columns.
  return [...stripped.matchAll(/[A-Za-z]+(?:['-][A-Za-z]+)*/gu)].map((m) => m[0]).filter((w) => !ALLOWED_LATIN.has(w.toLowerCase()) && !/^[A-Z]{1,2}$/u.test(w));
}

const RULE_IDS = [...allListedRules().map((r) => r.id), 'fine-collected-before-close'].sort((a, b) => b.length - a.length);

/** Rule ids the text shows. */
export function ruleIdsIn(text: string): string[] {
  return RULE_IDS.filter((id) => text.includes(id));
}
