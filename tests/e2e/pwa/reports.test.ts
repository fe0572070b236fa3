/**
 * #/reports and #/reports/quarterly in Chromium (issue 13): the demo sheet gives the dashboard the
 * same figures as `tuban-lint report --format json`; ECharts loads on this page only; each chart has
 * a table view and 下载图片; a figure lists the rows behind it; the A4 page printed to PDF by
 * Chromium reads back, with pdftotext, the figures of the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite } from '../../support/pwa-harness';
import { runCli } from '../../support/run-cli';

const PERIOD = '2023';
const AS_OF = '2024-03-01';
const DENOMINATOR = '2000';

interface CliReport {
  readonly figures: Record<string, number | null>;
  readonly accountability: { readonly numeratorMu: number; readonly ratioPct: number | null };
}

function fixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined) throw new Error('figure missing');
  return value.toFixed(decimals);
}

describe('#/reports (Chromium)', () => {
  const suite = usePwaSuite();
  let cli: CliReport;

  beforeAll(() => {
    const r = runCli(['report', DEMO_SHEET, '--period', PERIOD, '--as-of', AS_OF, '--denominator-mu', DENOMINATOR, '--format', 'json']);
    expect(r.status).toBe(0);
    cli = JSON.parse(r.stdout) as CliReport;
  });

  it(
    'dashboard figures equal the CLI’s; charts load only here, with tables and 下载图片; the A4 快报 prints to PDF with the same figures',
    async () => {
      const session = await suite.launch();
      const page = await session.open('#/due');
      const echartsLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('echarts')));
      expect(await echartsLoaded()).toBe(false);

      await session.open('#/reports');
      await page.locator('input[name="period"]').fill(PERIOD);
      await page.locator('input[name="asOf"]').fill(AS_OF);
      await page.locator('input[name="denominatorMu"]').fill(DENOMINATOR);
      await session.upload(page.locator('input[type="file"][data-testid="report-file"]'), DEMO_SHEET);
      for (const key of [
        'land.issued.count',
        'land.verified.count',
        'land.illegal.count',
        'land.cases.total',
        'land.cases.filed',
        'land.cases.resolved',
        'land.cases.unresolvedUnfiled',
        'mineral.issued.count',
        'mineral.illegal.count',
      ]) {
        expect(await session.waitForFigure(key, cli.figures[key] ?? -1), key).toBe(cli.figures[key]);
      }
      expect(await page.locator('[data-figure="accountability.numeratorMu"]').textContent()).toBe(fixed(cli.accountability.numeratorMu, 2));
      expect(await page.locator('[data-figure="accountability.ratioPct"]').textContent()).toBe(`${fixed(cli.accountability.ratioPct, 2)}%`);

      // Charts: ECharts now loaded; four charts drawn, each with its table view and a PNG download.
      await page.locator('[data-chart][data-chart-ready="true"]').nth(3).waitFor({ timeout: 30_000 });
      expect(await echartsLoaded()).toBe(true);
      const first = page.locator('[data-chart="towns-by-verdict"]');
      await first.getByRole('button', { name: '表格' }).click();
      expect(await first.locator('table.chart-table tbody tr').count()).toBeGreaterThan(1);
      const png = await session.download(() => first.getByRole('button', { name: '下载图片' }).click());
      expect(png.name).toMatch(/\.png$/u);
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

      // A figure opens the rows behind it.
      await page.locator('button.figure-tile:has([data-figure="land.illegal.count"])').click();
      // (rows are plots: the demo counts patches by distinct 图斑编号)
      const ids = await page.locator('[data-drill="land.illegal.count"] tbody tr td:nth-child(2)').allTextContents();
      expect(new Set(ids).size).toBe(cli.figures['land.illegal.count']);

      // The A4 快报, printed by Chromium to PDF and read back.
      await page.locator('a[href="#/reports/quarterly"]').click();
      await page.locator('[data-figure="print.ready"]').waitFor({ state: 'attached', timeout: 20_000 });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const dir = mkdtempSync(join(tmpdir(), 'tuban-lint-report-pdf-'));
      const pdfPath = join(dir, 'quarterly.pdf');
      writeFileSync(pdfPath, pdf);
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
      expect(text.status).toBe(0);
      const flat = text.stdout.replace(/\s+/gu, '');
      const f = cli.figures;
      expect(flat).toContain(`土地卫片执法图斑${f['land.issued.count']}个，涉及监测土地面积${fixed(f['land.issued.areaHa'], 4)}公顷（${fixed(f['land.issued.areaMu'], 2)}亩）`);
      expect(flat).toContain(`违法图斑${f['land.illegal.count']}个`);
      expect(flat).toContain(`共发现土地违法行为${f['land.cases.total']}件，已经立案查处${f['land.cases.filed']}件，占本季度卫片违法总件数的${fixed(f['land.cases.filedPct'], 2)}%`);
      expect(flat).toContain(`经整改后消除违法状态${f['land.cases.resolved']}件`);
      expect(flat).toContain(`矿产卫片执法图斑${f['mineral.issued.count']}个`);
      expect(flat).toContain(`占新增建设用地占用耕地总面积的比例分别为____%、${fixed(f['land.ratios.illegalCultivatedPct'], 2)}%`);
      expect(flat).not.toContain('占案查处');
      // one A4 page or more, nothing of the app's navigation printed
      expect(flat).not.toContain('备份与恢复');
    },
    PWA_E2E_TIMEOUT_MS * 2,
  );
});
