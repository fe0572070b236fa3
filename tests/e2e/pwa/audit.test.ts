/**
 * #/audit in Chromium (issue 5 items 2 and 6, "audit a sheet"): the demo sheet picked through the
 * page's one `input[type=file]` gives the same figures as the CLI's JSON summary for the same file,
 * profile and as-of date, and the annotated .xlsx the page offers is the CLI's format (a 问题清单
 * sheet with one row per finding), read back with SheetJS.
 */
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite, type PwaSession } from '../../support/pwa-harness';
import type { Page } from 'playwright-core';

const AS_OF = '2024-06-30';
const PROFILE = 'national';
const ISSUES_SHEET = '问题清单';

interface CliSummary {
  readonly rows: number;
  readonly rowsWithFindings: number;
  readonly findings: { readonly total: number; readonly error: number; readonly warning: number; readonly info: number };
  readonly byRule: readonly { readonly ruleId: string; readonly severity: string }[];
}

/** Chooses an option by its value, else by its label (the page may label severities in Chinese). */
async function choose(page: Page, selector: string, value: string, label: string): Promise<void> {
  const select = page.locator(selector);
  await select.selectOption(value, { timeout: 2_000 }).catch(() => select.selectOption({ label }));
}

/** Data rows of the 问题清单 sheet: rows below its header with any cell filled. */
function issueRows(bytes: Uint8Array): number {
  const workbook = XLSX.read(bytes);
  const sheet = workbook.Sheets[ISSUES_SHEET];
  if (!sheet) throw new Error(`no ${ISSUES_SHEET} sheet; sheets: ${workbook.SheetNames.join(', ')}`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' });
  return rows.slice(1).filter((row) => row.some((cell) => String(cell).trim() !== '')).length;
}

/** Sets the audit's profile and as-of date through the page's own controls. */
async function chooseProfileAndDate(page: Page): Promise<void> {
  await page.locator('select[data-setting="profile"]').selectOption(PROFILE);
  await page.locator('input[type="date"][data-setting="as-of"]').fill(AS_OF);
}

describe('#/audit (Chromium)', () => {
  const suite = usePwaSuite();
  let cli: CliSummary;
  let cliIssueRows: number;

  beforeAll(() => {
    const json = runCli(['audit', DEMO_SHEET, '--format', 'json', '--as-of', AS_OF, '--profile', PROFILE, '--quiet']);
    if (json.status === 2) throw new Error(`the CLI could not audit the demo sheet: ${json.stderr}`);
    cli = (JSON.parse(json.stdout) as { summary: CliSummary }).summary;
    const out = `${process.env['TMPDIR'] ?? '/tmp'}/tuban-lint-pwa-e2e-cli-${process.pid}.xlsx`;
    const xlsx = runCli(['audit', DEMO_SHEET, '--format', 'xlsx', '--out', out, '--as-of', AS_OF, '--profile', PROFILE, '--quiet']);
    if (xlsx.status === 2) throw new Error(`the CLI could not write the annotated sheet: ${xlsx.stderr}`);
    cliIssueRows = issueRows(new Uint8Array(readFileSync(out)));
  }, 120_000);

  async function auditDemo(session: PwaSession): Promise<Page> {
    const page = await session.open('#/audit');
    const inputs = page.locator('input[type="file"]');
    expect(await inputs.count(), '#/audit has exactly one input[type=file]').toBe(1);
    await chooseProfileAndDate(page);
    await session.upload(inputs, DEMO_SHEET);
    await session.waitForFigure('audit.rows', cli.rows, 60_000);
    return page;
  }

  it(
    'the figures equal the CLI JSON summary of the demo sheet (same profile and as-of), and the filters count the findings',
    async () => {
      const session = await suite.launch();
      const page = await auditDemo(session);
      expect({
        rows: await session.figure('audit.rows'),
        error: await session.figure('audit.findings.error'),
        warning: await session.figure('audit.findings.warning'),
        info: await session.figure('audit.findings.info'),
        rowsWithFindings: await session.figure('audit.rows-with-findings'),
      }).toEqual({ rows: cli.rows, error: cli.findings.error, warning: cli.findings.warning, info: cli.findings.info, rowsWithFindings: cli.rowsWithFindings });
      // Unfiltered, the findings table holds every finding; filtered by severity, that severity's count.
      await session.waitForFigure('audit.findings.shown', cli.findings.total);
      await choose(page, 'select[data-filter="severity"]', 'error', '错误');
      await session.waitForFigure('audit.findings.shown', cli.findings.error);
      // The rows drawn (the table is virtualised: some, not all) are all of error-severity rules.
      const errorRules = new Set(cli.byRule.filter((r) => r.severity === 'error').map((r) => r.ruleId));
      await expect.poll(() => page.locator('[data-finding-row]').count()).toBeGreaterThan(0);
      const shownRules = await page.locator('[data-finding-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule-id') ?? ''));
      expect(shownRules.filter((id) => !errorRules.has(id))).toEqual([]);
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    'the annotated .xlsx download is the CLI format: a 问题清单 sheet with one row per finding',
    async () => {
      const session = await suite.launch();
      const page = await auditDemo(session);
      const link = page.locator('a[data-action="download-annotated"]');
      await link.waitFor();
      expect(await link.getAttribute('download')).not.toBeNull();
      const file = await session.download(() => link.click());
      expect(file.name).toMatch(/\.xlsx$/u);
      expect(cliIssueRows).toBe(cli.findings.total);
      expect(issueRows(new Uint8Array(file.bytes))).toBe(cliIssueRows);
      // The annotated workbook keeps the original sheet first, with its rows.
      const workbook = XLSX.read(file.bytes);
      expect(workbook.SheetNames).toContain(ISSUES_SHEET);
      expect(workbook.SheetNames[0]).toBe(XLSX.read(readFileSync(DEMO_SHEET)).SheetNames[0]);
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
