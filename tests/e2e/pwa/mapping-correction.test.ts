/**
 * Correcting the header mapping on #/audit in Chromium (issue 5 item 2, "mapping corrections,
 * remembered per header set"): the demo audited, its 罚款收缴金额 column set to 不读取 and the audit
 * re-run gives the CLI's figures for the same sheet with that column's header made unrecognisable
 * (the CLI has no mapping option: an unrecognised header is how it ignores a column), and the
 * rule reading that field (fine-overcollected) reports nothing; after a reload, auditing the demo
 * again applies the correction by itself.
 */
import * as XLSX from '@e965/xlsx';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { alertTexts, DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite, type PwaSession } from '../../support/pwa-harness';

const AS_OF = '2024-06-30';
const PROFILE = 'national';
/** The field ignored, and the one rule that reads it (its only finding in the demo vanishes). */
const IGNORED_FIELD = 'fineCollected';
const RULE_READING_IT = 'fine-overcollected';

interface CliAudit {
  readonly summary: {
    readonly rows: number;
    readonly rowsWithFindings: number;
    readonly findings: { readonly total: number; readonly error: number; readonly warning: number; readonly info: number };
    readonly byRule: readonly { readonly ruleId: string; readonly count: number }[];
  };
  readonly mapping: readonly { readonly column: string; readonly header: string; readonly status: string; readonly field?: string }[];
}

interface AuditFigures {
  readonly rows: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly rowsWithFindings: number;
}

function cliAudit(file: string): CliAudit {
  const run = runCli(['audit', file, '--format', 'json', '--as-of', AS_OF, '--profile', PROFILE, '--quiet']);
  if (run.status === 2) throw new Error(`the CLI could not audit ${file}: ${run.stderr}`);
  return JSON.parse(run.stdout) as CliAudit;
}

function figuresOf(audit: CliAudit): AuditFigures {
  const s = audit.summary;
  return { rows: s.rows, error: s.findings.error, warning: s.findings.warning, info: s.findings.info, rowsWithFindings: s.rowsWithFindings };
}

/** The demo with the header cell of `column` (0-based) replaced by a text no field is called. */
function withUnrecognisedHeader(bytes: Uint8Array, column: number, header: string): Uint8Array {
  const workbook = XLSX.read(bytes, { cellNF: true });
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('the demo has no sheet');
  for (let r = 0; r < 10; r += 1) {
    const address = XLSX.utils.encode_cell({ r, c: column });
    const cell = sheet[address] as XLSX.CellObject | undefined;
    if (cell !== undefined && String(cell.v ?? '').trim() === header) {
      sheet[address] = { t: 's', v: '（空）' };
      return new Uint8Array(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    }
  }
  throw new Error(`no header cell “${header}” in column ${XLSX.utils.encode_col(column)}`);
}

async function pageFigures(session: PwaSession): Promise<AuditFigures> {
  return {
    rows: await session.figure('audit.rows'),
    error: await session.figure('audit.findings.error'),
    warning: await session.figure('audit.findings.warning'),
    info: await session.figure('audit.findings.info'),
    rowsWithFindings: await session.figure('audit.rows-with-findings'),
  };
}

/** Polls until the page shows `expected` (a re-run replaces the figures when it ends). */
async function expectFigures(session: PwaSession, expected: AuditFigures): Promise<void> {
  await expect
    .poll(() => pageFigures(session).catch((error: unknown) => String(error)), {
      timeout: 60_000,
      interval: 200,
      message: `#/audit figures (alerts: ${(await alertTexts(session.page)).join(' | ') || 'none'})`,
    })
    .toEqual(expected);
}

async function auditDemo(session: PwaSession, rows: number): Promise<Page> {
  const page = await session.open('#/audit');
  await page.locator('select[data-setting="profile"]').selectOption(PROFILE);
  await page.locator('input[type="date"][data-setting="as-of"]').fill(AS_OF);
  await page.locator('[data-action="load-demo"]').click();
  await session.waitForFigure('audit.rows', rows, 60_000);
  return page;
}

describe('mapping correction on #/audit (Chromium)', () => {
  const suite = usePwaSuite();
  let dir = '';
  let cliAsRead: CliAudit;
  let cliIgnored: CliAudit;
  let column = -1;

  beforeAll(() => {
    cliAsRead = cliAudit(DEMO_SHEET);
    const mapped = cliAsRead.mapping.find((m) => m.field === IGNORED_FIELD);
    if (!mapped) throw new Error(`the demo has no ${IGNORED_FIELD} column`);
    column = XLSX.utils.decode_col(mapped.column);
    dir = mkdtempSync(join(tmpdir(), 'tuban-lint-pwa-mapping-'));
    const ignoredSheet = join(dir, '县级卫片执法图斑-演示-不读取.xlsx');
    writeFileSync(ignoredSheet, withUnrecognisedHeader(new Uint8Array(readFileSync(DEMO_SHEET)), column, mapped.header.split(' / ').at(-1) ?? ''));
    cliIgnored = cliAudit(ignoredSheet);
    // The copy differs from the demo in that one column only: it is not read, every other one is as before.
    const differing = cliAsRead.mapping.flatMap((m, i) => (JSON.stringify(m) === JSON.stringify(cliIgnored.mapping[i]) ? [] : [{ m, ignored: cliIgnored.mapping[i] }]));
    expect(differing.map((d) => [d.m.column, d.ignored?.status])).toEqual([[mapped.column, 'unmapped']]);
    expect(cliAsRead.summary.byRule.some((r) => r.ruleId === RULE_READING_IT)).toBe(true);
    expect(cliIgnored.summary.byRule.some((r) => r.ruleId === RULE_READING_IT)).toBe(false);
    expect(figuresOf(cliIgnored)).not.toEqual(figuresOf(cliAsRead));
  }, 120_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it(
    'setting a column to 不读取 and re-running gives the CLI figures with that column ignored, and the correction is applied again after a reload',
    async () => {
      const session = await suite.launch();
      const page = await auditDemo(session, cliAsRead.summary.rows);
      await expectFigures(session, figuresOf(cliAsRead));
      expect(await page.locator(`[data-rule-id="${RULE_READING_IT}"]`).count()).toBeGreaterThan(0);

      // 不读取 for the column, then 按更正重新校核.
      const select = page.locator(`[data-mapping-column="${column}"] select`);
      expect(await select.inputValue()).toBe(IGNORED_FIELD);
      await select.selectOption('');
      await page.locator('[data-action="audit-rerun"]').click();
      await expectFigures(session, figuresOf(cliIgnored));
      await session.waitForFigure('audit.findings.shown', cliIgnored.summary.findings.total);
      expect(await page.locator(`[data-rule-id="${RULE_READING_IT}"]`).count()).toBe(0);
      expect(await page.locator(`[data-mapping-column="${column}"] select`).inputValue()).toBe('');
      expect(await alertTexts(page)).toEqual([]);

      // A reload, the demo audited afresh: the remembered correction is applied without asking.
      await session.reload();
      const again = await auditDemo(session, cliIgnored.summary.rows);
      await expectFigures(session, figuresOf(cliIgnored));
      expect(await again.locator(`[data-rule-id="${RULE_READING_IT}"]`).count()).toBe(0);
      expect(await again.locator(`[data-mapping-column="${column}"] select`).inputValue()).toBe('');
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
