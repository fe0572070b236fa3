import { ruleTitle } from './rule-titles';
import * as XLSX from '@e965/xlsx';
import type { AuditReport, SheetFinding } from '../audit/audit-sheet';
import type { SheetRead } from '../sheet/read-sheet';
import { fieldDefinition } from '../model/field-dictionary';
import { SEVERITY_LABEL } from './finding';
import { describeNotApplicable } from './describe-rule-status';

/**
 * The annotated copy a reviewer sends back to the county (issue 2, --format xlsx): the original
 * sheet with 问题数 and 问题说明 appended, a 问题清单 sheet (one row per finding) and a 汇总 sheet
 * (by rule and by 乡镇). Written with SheetJS as a plain OOXML workbook, which Excel, WPS and
 * LibreOffice open.
 */
export function writeAnnotatedWorkbook(read: SheetRead, originalBytes: Uint8Array, report: AuditReport): Uint8Array {
  const { worksheetName, lastColumn } = read;
  const headerLastRow = read.headerRows.last;
  // The audit reads without number formats (speed, memory). The copy sent back must show dates as
  // dates and keep column widths, so a workbook is read again here with formats — only when an
  // annotated copy is asked for. CSV and web-page tables have no formats: their parsed workbook serves as it is.
  const workbook = (read.fileKind === 'csv' || read.fileKind === 'html') && read.workbook ? read.workbook : XLSX.read(originalBytes, { dense: true, cellNF: true, cellStyles: true, cellDates: false });
  const sheet = workbook.Sheets[worksheetName];
  if (!sheet) throw new Error(`worksheet ${worksheetName} missing`);
  const byRow = new Map<number, SheetFinding[]>();
  for (const f of report.findings) {
    const list = byRow.get(f.row) ?? [];
    list.push(f);
    byRow.set(f.row, list);
  }
  const countColumn = lastColumn + 1;
  XLSX.utils.sheet_add_aoa(sheet, [['问题数', '问题说明']], { origin: { r: headerLastRow - 1, c: countColumn } });
  for (const [row, list] of byRow) {
    const text = list.map((f) => `【${SEVERITY_LABEL[f.severity]}】${f.message}（${ruleTitle(f.ruleId)}）`).join('\n');
    XLSX.utils.sheet_add_aoa(sheet, [[list.length, text]], { origin: { r: row - 1, c: countColumn } });
  }
  const cols = sheet['!cols'] ?? [];
  cols[countColumn] = { wch: 8 };
  cols[countColumn + 1] = { wch: 60 };
  sheet['!cols'] = cols;

  fillDenseRowHoles(sheet);
  const out = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(out, sheet, worksheetName);
  XLSX.utils.book_append_sheet(out, issueListSheet(report), '问题清单');
  XLSX.utils.book_append_sheet(out, summarySheet(report), '汇总');
  // type 'array' gives an ArrayBuffer; a Uint8Array serves Node (fs) and the browser (Blob) alike.
  return new Uint8Array(XLSX.write(out, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

function issueListSheet(report: AuditReport): XLSX.WorkSheet {
  // 规则 is the rule's title (what people read); 规则编号 last, for tracing a row back to the rule reference.
  const rows: (string | number)[][] = [['行号', '图斑编号', '乡镇', '严重程度', '规则', '字段', '列', '问题说明', '规则编号']];
  for (const f of report.findings) {
    rows.push([f.row, f.patchId ?? '', f.town ?? '', SEVERITY_LABEL[f.severity], ruleTitle(f.ruleId), f.fields.map((id) => fieldDefinition(id).labels[0] ?? id).join('、'), f.columns.join(','), f.message, f.ruleId]);
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = [{ wch: 6 }, { wch: 22 }, { wch: 12 }, { wch: 8 }, { wch: 18 }, { wch: 24 }, { wch: 8 }, { wch: 70 }, { wch: 30 }];
  ws['!autofilter'] = { ref: `A1:I${rows.length}` };
  return ws;
}

function summarySheet(report: AuditReport): XLSX.WorkSheet {
  const s = report.summary;
  const rows: (string | number)[][] = [
    ['图斑校核（tuban-lint）审核汇总'],
    ['文件', s.file],
    ['工作表', s.sheet],
    ['审核日期', s.asOf],
    ['配置', `${s.profile.name}（${s.profile.id}）`],
    ['数据行数', s.rows],
    ['有问题的行数', s.rowsWithFindings],
    ['错误', s.findings.error],
    ['警告', s.findings.warning],
    ['提示', s.findings.info],
    [],
    ['按规则', '严重程度', '问题数', '涉及行数', '说明', '规则编号'],
    ...s.byRule.map((r) => [ruleTitle(r.ruleId), SEVERITY_LABEL[r.severity], r.count, r.rows, r.description, r.ruleId]),
    [],
    ['按乡镇', '数据行数', '有问题的行数', '错误', '警告', '提示'],
    ...s.byTown.map((t) => [t.town, t.rows, t.rowsWithFindings, t.error, t.warning, t.info]),
    [],
    ['未能运行的规则', '原因'],
    ...s.notApplicable.map((n) => [ruleTitle(n.ruleId), describeNotApplicable(n.reason)]),
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = [{ wch: 32 }, { wch: 14 }, { wch: 12 }, { wch: 10 }, { wch: 60 }, { wch: 8 }];
  return ws;
}

/**
 * A dense worksheet read from a file leaves blank rows as holes in `!data`; SheetJS 0.20.3's
 * writer indexes every row of the range and throws on a hole. Empty arrays are what it expects.
 */
function fillDenseRowHoles(sheet: XLSX.WorkSheet): void {
  const data = sheet['!data'];
  if (!data || !sheet['!ref']) return;
  const last = XLSX.utils.decode_range(sheet['!ref']).e.r;
  for (let r = 0; r <= last; r++) if (!data[r]) data[r] = [];
}
