/**
 * Reads the rule catalogue (docs/rule-catalogue.md, the repository's copy of the team's spec) into
 * rows: id, fields, severity, tag. Nothing outside the repository is read (issue 10).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CatalogueRow {
  readonly id: string;
  readonly section: string;
  /** The fields cell as written, e.g. `verdict, caseFiled, [transferDept, transferred]`. */
  readonly fieldsText: string;
  readonly severity: string;
  readonly tag: string;
}

export const CATALOGUE_PATH = fileURLToPath(new URL('../../docs/rule-catalogue.md', import.meta.url));

export function readCatalogue(path = CATALOGUE_PATH): CatalogueRow[] {
  const rows: CatalogueRow[] = [];
  let section = '';
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    // A rule added in prose: `id` (severity, tag …): fires when … (monthly-clearance-overdue).
    const prose = /^`([a-z]+(?:-[a-z0-9]+)+)` \((error|warning|info), ([^)]*)\):/u.exec(line);
    if (prose) {
      rows.push({ id: prose[1] ?? '', section, fieldsText: '', severity: prose[2] ?? '', tag: prose[3] ?? '' });
      continue;
    }
    const cells = line.split('|').map((c) => c.trim());
    // | id | fields | fires when | sev | tag |  or, for geometry/photo: | id | fires when | sev |
    const id = cells[1] ?? '';
    if (!/^[a-z]+(-[a-z0-9]+)+$/u.test(id)) continue;
    if (cells.length >= 7) rows.push({ id, section, fieldsText: cells[2] ?? '', severity: cells[4] ?? '', tag: cells[5] ?? '' });
    else rows.push({ id, section, fieldsText: '', severity: cells[3] ?? '', tag: '' });
  }
  return rows;
}

/** Record rules: everything but the geometry and photo sections (issue 2). */
export function recordRuleRows(rows = readCatalogue()): CatalogueRow[] {
  return rows.filter((r) => !r.section.startsWith('Geometry') && !r.section.startsWith('Photo'));
}

/** Field ids named in a fields cell: `[...]` ones are optional. */
export function catalogueFields(fieldsText: string): { required: string[]; optional: string[] } {
  const required: string[] = [];
  const optional: string[] = [];
  const bracketed = [...fieldsText.matchAll(/\[([^\]]*)\]/gu)].flatMap((m) => (m[1] ?? '').split(','));
  const plain = fieldsText.replace(/\[[^\]]*\]/gu, '').split(',');
  for (const t of plain) if (/^[a-z][A-Za-z]+$/u.test(t.trim())) required.push(t.trim());
  for (const t of bracketed) if (/^[a-z][A-Za-z]+$/u.test(t.trim())) optional.push(t.trim());
  return { required, optional };
}
