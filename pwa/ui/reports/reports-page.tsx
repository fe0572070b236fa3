import { useState } from 'preact/hooks';
import { todayLocal } from '../../../shared/calendar/iso-days';
import { BUILT_IN_PROFILES, builtInProfile, NATIONAL_PROFILE_ID } from '../../../shared/profiles/profiles';
import { parseReportPeriod } from '../../../shared/report/report-period';
import { startReport } from '../../reports/start-report';
import { appDb } from '../database';
import { Dashboard } from './dashboard';
import { QuarterlyPage } from './quarterly-page';
import { setShownReport, useShownReport } from './report-store';
import './reports.css';

const DEMO_NAME = '县级卫片执法图斑-演示.xlsx';

/** The 新增建设用地占用耕地 denominator is remembered per county and year (settings table). */
function denominatorKey(county: string, year: number): string {
  return `report-denominator:${county}:${year}`;
}

function previousQuarter(today: string): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  return quarter === 1 ? `${year - 1}Q4` : `${year}Q${quarter - 1}`;
}

function readMu(text: string): number | undefined | 'bad' {
  if (text.trim() === '') return undefined;
  const value = Number(text.trim());
  return Number.isFinite(value) && value >= 0 ? value : 'bad';
}

interface SourceFile {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
}

/** #/reports: pick an export and a period → the dashboard; #/reports/quarterly: the printable 快报. */
export function ReportsPage({ rest = '' }: { readonly rest?: string }) {
  const shown = useShownReport();
  const [period, setPeriod] = useState(() => previousQuarter(todayLocal()));
  const [asOf, setAsOf] = useState(() => todayLocal());
  const [level, setLevel] = useState<'county' | 'city'>('county');
  const [profileId, setProfileId] = useState(NATIONAL_PROFILE_ID);
  const [denominator, setDenominator] = useState('');
  const [newConstruction, setNewConstruction] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [source, setSource] = useState<SourceFile | undefined>(undefined);

  if (rest === 'quarterly') return <QuarterlyPage shown={shown} />;

  async function run(file: SourceFile | undefined = source): Promise<void> {
    if (!file) return setProblem('请先选择要统计的导出表。');
    if (!parseReportPeriod(period)) return setProblem(`统计期“${period}”无法识别：应为季度（如 2023Q1）、月份（如 2023-05）或年度（如 2023）。`);
    const den = readMu(denominator);
    const nc = readMu(newConstruction);
    if (den === 'bad' || nc === 'bad') return setProblem('面积应为以亩计的非负数。');
    setProblem(undefined);
    setBusy(true);
    try {
      const request = {
        bytes: await file.bytes(),
        fileName: file.name,
        profileId,
        period,
        asOf,
        level,
        ...(den !== undefined ? { denominatorMu: den } : {}),
        ...(nc !== undefined ? { newConstructionMu: nc } : {}),
      };
      let outcome = await startReport(request);
      if (!outcome.ok) return setProblem(outcome.message);
      const county = outcome.report.region.county ?? outcome.report.region.city;
      const year = Number(outcome.report.period.first.slice(0, 4));
      if (county !== undefined && den !== undefined) await appDb().settings.put({ key: denominatorKey(county, year), value: den });
      if (county !== undefined && den === undefined) {
        const remembered = (await appDb().settings.get(denominatorKey(county, year)))?.value;
        if (typeof remembered === 'number') {
          setDenominator(String(remembered));
          outcome = await startReport({ ...request, bytes: await file.bytes(), denominatorMu: remembered });
          if (!outcome.ok) return setProblem(outcome.message);
        }
      }
      setShownReport({ report: outcome.report, fileName: outcome.fileName });
    } finally {
      setBusy(false);
    }
  }

  function pick(event: Event): void {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const chosen = { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
    setSource(chosen);
    void run(chosen);
  }

  function loadDemo(): void {
    const chosen = {
      name: DEMO_NAME,
      bytes: async () => {
        const response = await fetch(`./demo/${encodeURIComponent(DEMO_NAME)}`);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      },
    };
    setSource(chosen);
    void run(chosen).catch((error: unknown) => setProblem(`无法载入演示表（${error instanceof Error ? error.message : String(error)}）：请确认页面是从演示服务器打开的。`));
  }

  return (
    <div class="reports-page">
      <h1>统计报表</h1>
      <form
        class="report-form no-print"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label>
          导出表
          <input type="file" accept=".xlsx,.xls,.csv" onChange={pick} data-testid="report-file" />
        </label>
        <button type="button" onClick={loadDemo}>
          载入演示表
        </button>
        <label>
          统计期
          <input value={period} onInput={(e) => setPeriod(e.currentTarget.value)} name="period" placeholder="2023Q1、2023-05 或 2023" size={10} />
        </label>
        <label>
          截至日期
          <input type="date" value={asOf} onInput={(e) => setAsOf(e.currentTarget.value || todayLocal())} name="asOf" />
        </label>
        <label>
          问责口径
          <select value={level} onChange={(e) => setLevel(e.currentTarget.value === 'city' ? 'city' : 'county')} name="level">
            <option value="county">县级（100 亩）</option>
            <option value="city">市级（500 亩）</option>
          </select>
        </label>
        <label>
          配置
          <select value={profileId} onChange={(e) => setProfileId(e.currentTarget.value)} name="profile">
            {Object.keys(BUILT_IN_PROFILES).map((id) => (
              <option key={id} value={id}>
                {builtInProfile(id).name}
              </option>
            ))}
          </select>
        </label>
        <label>
          新增建设用地占用耕地面积（亩）
          <input value={denominator} onInput={(e) => setDenominator(e.currentTarget.value)} name="denominatorMu" inputMode="decimal" size={8} />
        </label>
        <label>
          新增建设用地总面积（亩）
          <input value={newConstruction} onInput={(e) => setNewConstruction(e.currentTarget.value)} name="newConstructionMu" inputMode="decimal" size={8} />
        </label>
        <button type="submit" disabled={busy || !source}>
          重新统计
        </button>
        {busy && <span role="status">正在统计…</span>}
      </form>
      {problem && <p role="alert">{problem}</p>}
      {shown ? (
        <Dashboard report={shown.report} fileName={shown.fileName} />
      ) : (
        <p class="muted">选择一份导出表（或载入演示表），按统计期生成季度快报、问责预警、各乡镇比率与“月清”情况。数据只在本机处理。</p>
      )}
    </div>
  );
}
