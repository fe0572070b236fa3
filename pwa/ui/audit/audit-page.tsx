import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayLocal } from '../../../shared/calendar/iso-days';
import { PROFILE_SETTING } from '../profile-setting';
import { BUILT_IN_PROFILES, builtInProfile, NATIONAL_PROFILE_ID } from '../../../shared/profiles/profiles';
import { rememberMapping } from '../../audit/header-key';
import { startAudit, startLedgerImport } from '../../audit/sheet-jobs';
import type { AuditJobReport, AuditSheetJob, ColumnOverrides, LedgerImportJobOutcome, SheetJob, SheetJobFailure, SheetJobProgress } from '../../audit/sheet-job-types';
import { appDb } from '../database';
import { actorNow } from '../operator';
import { useLiveQuery } from '../use-live-query';
import { AuditSource, type ProfileChoice } from './audit-source';
import { AuditSummaryView } from './audit-summary';
import { annotatedFileName } from '../../../shared/report/annotated-file-name';
import { fieldsOfFindings, keepApplicable, NO_FILTER, type FindingFilter } from './findings-filter';
import { FindingsTable } from './findings-table';
import { JobProgress } from './job-progress';
import { ImportOutcome } from '../import-outcome';
import { useImportConfirmation } from '../import-confirmation';
import { MappingTable } from './mapping-table';
import './audit.css';

/** The audit's profile, remembered between visits (settings table). */
const DEMO_NAME = '县级卫片执法图斑-演示.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const PROFILES: readonly ProfileChoice[] = Object.keys(BUILT_IN_PROFILES).map((id) => ({ id, name: builtInProfile(id).name }));

type SheetFile = Blob & { readonly name: string };

interface Running {
  readonly title: string;
  /** An import left running when the page is left still finishes (its items appear in the ledger); an audit stops. */
  readonly stopOnLeave: boolean;
  readonly job: SheetJob<unknown>;
  readonly progress?: SheetJobProgress;
}

interface Shown {
  readonly file: SheetFile;
  readonly outcome: AuditJobReport;
  /** Blob URL of the annotated copy once written; revoked when these results are replaced or the page left. */
  readonly downloadUrl?: string;
}

/** #/audit: the batch audit of an export, in the sheet Worker, with its results and a way into the 整改台账. */
export function AuditPage(props: { rest?: string }) {
  const storedProfile = useLiveQuery(async () => (await appDb().settings.get(PROFILE_SETTING))?.value, []).value;
  const [chosenProfile, setChosenProfile] = useState<string | undefined>(undefined);
  const profileId = chosenProfile ?? (typeof storedProfile === 'string' && Object.hasOwn(BUILT_IN_PROFILES, storedProfile) ? storedProfile : NATIONAL_PROFILE_ID);
  const [asOf, setAsOf] = useState(() => todayLocal());
  const [running, setRunning] = useState<Running | undefined>(undefined);
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [failure, setFailure] = useState<SheetJobFailure | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState<ColumnOverrides>({});
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [imported, setImported] = useState<LedgerImportJobOutcome | undefined>(undefined);
  const confirmation = useImportConfirmation();
  /** Results shown so far: a test (or a user's script) knows a re-run has finished when it grows. */
  const [runs, setRuns] = useState(0);
  const runningRef = useRef<Running | undefined>(undefined);
  const shownRef = useRef<Shown | undefined>(undefined);
  shownRef.current = shown;
  /** The last audit's job: its Worker keeps the sheet read, for 导入整改台账 without a second read. */
  const auditJobRef = useRef<AuditSheetJob | undefined>(undefined);

  // Leaving the page stops an audit (the Worker is terminated, its memory freed) but not an import.
  useEffect(
    () => () => {
      if (runningRef.current?.stopOnLeave) runningRef.current.job.cancel();
      auditJobRef.current?.release();
    },
    [],
  );
  useEffect(() => {
    const url = shown?.downloadUrl;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [shown?.downloadUrl]);

  function track<T>(title: string, job: SheetJob<T>, stopOnLeave: boolean): Promise<T | SheetJobFailure> {
    const entry: Running = { title, job, stopOnLeave };
    runningRef.current = entry;
    setRunning(entry);
    return job.result.finally(() => {
      if (runningRef.current === entry) {
        runningRef.current = undefined;
        setRunning(undefined);
      }
    });
  }

  function progressOf(progress: SheetJobProgress): void {
    setRunning((current) => (current ? { ...current, progress } : current));
  }

  function showFailure(result: SheetJobFailure): void {
    if (result.code === 'cancelled') {
      setNotice('已取消。');
      setFailure(undefined);
    } else {
      setFailure(result);
      setNotice(undefined);
    }
  }

  async function audit(file: SheetFile, columns: ColumnOverrides | undefined): Promise<void> {
    if (runningRef.current) return;
    setFailure(undefined);
    setNotice(undefined);
    setImported(undefined);
    auditJobRef.current?.release();
    const job = startAudit(file, { profileId, asOf, ...(columns !== undefined ? { columns } : {}) }, progressOf);
    auditJobRef.current = job;
    const ended = track('校核', job, true);
    // Results first; the annotated copy (slower to write on a large sheet) follows.
    const report = await job.report;
    if (!report.ok) {
      showFailure(report);
      return;
    }
    const next: Shown = { file, outcome: report };
    shownRef.current = next;
    setShown(next);
    setRuns((n) => n + 1);
    setDraft(report.columnOverrides);
    setFilter((prior) =>
      keepApplicable(prior, {
        rules: new Set(report.summary.byRule.map((r) => r.ruleId)),
        towns: new Set(report.summary.byTown.map((t) => t.town)),
        fields: new Set(fieldsOfFindings(report.findings).map((f) => f.field)),
      }),
    );
    const end = await ended;
    if (!end.ok) {
      if (end.code === 'cancelled') setNotice('已取消生成带批注的表格；上面的校核结果仍然有效。');
      else setFailure({ ...end, message: `${end.message}（带批注的表格未能生成；上面的校核结果仍然有效。）` });
      return;
    }
    if (shownRef.current !== next) return;
    const downloadUrl = URL.createObjectURL(new Blob([end.annotated as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
    const withDownload: Shown = { ...next, downloadUrl };
    shownRef.current = withDownload;
    setShown(withDownload);
  }

  async function loadDemo(): Promise<void> {
    setFailure(undefined);
    try {
      const response = await fetch(`./demo/${encodeURIComponent(DEMO_NAME)}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file = new File([await response.blob()], DEMO_NAME, { type: XLSX_TYPE });
      await audit(file, undefined);
    } catch {
      setFailure({ ok: false, code: 'worker-failed', message: `无法载入演示表“${DEMO_NAME}”：请从本工具的演示服务器打开本页后再试。` });
    }
  }

  // `#/audit/demo` (the first-visit page's 载入演示表) audits the demo sheet on arrival, once.
  const demoAsked = useRef(false);
  useEffect(() => {
    if (props.rest !== 'demo' || demoAsked.current) return;
    demoAsked.current = true;
    void loadDemo();
  });

  async function rerun(columns: ColumnOverrides): Promise<void> {
    if (!shown) return;
    // The run starts at once (the page shows it busy); the correction is remembered for this header set meanwhile.
    const run = audit(shown.file, columns);
    try {
      await rememberMapping(appDb(), shown.outcome.mapping, columns, new Date().toISOString());
    } catch {
      setNotice('更正未能保存到本机，下次需要重新更正（本次仍按更正校核）。');
    }
    await run;
  }

  async function importToLedger(): Promise<void> {
    if (!shown || runningRef.current) return;
    setFailure(undefined);
    setNotice(undefined);
    setImported(undefined);
    const { who, at } = await actorNow();
    const { summary, columnOverrides } = shown.outcome;
    const options = { profileId: summary.profile.id, asOf: summary.asOf, columns: columnOverrides, who, at };
    // The audit's Worker still holds the sheet it read: import from it; else read the file again.
    const job = auditJobRef.current?.importToLedger(options, progressOf, confirmation.ask) ?? startLedgerImport(shown.file, options, progressOf, confirmation.ask);
    const result = await track('导入整改台账', job, false);
    if (!result.ok) showFailure(result);
    else setImported(result);
  }

  const settingsChanged = shown !== undefined && (shown.outcome.summary.profile.id !== profileId || shown.outcome.summary.asOf !== asOf);
  const downloadName = useMemo(() => (shown ? annotatedFileName(shown.file.name) : ''), [shown]);
  const busy = running !== undefined;

  return (
    <section class="page audit-page" data-audit-state={running ? 'running' : failure ? 'failed' : shown ? 'done' : 'idle'} data-audit-runs={runs}>
      <h1>批量校核</h1>
      <AuditSource
        profiles={PROFILES}
        profileId={profileId}
        asOf={asOf}
        busy={busy}
        onProfile={(id) => {
          setChosenProfile(id);
          void appDb()
            .settings.put({ key: PROFILE_SETTING, value: id })
            .catch(() => undefined);
        }}
        onAsOf={setAsOf}
        onFile={(file) => void audit(file, undefined)}
        onDemo={() => void loadDemo()}
      />
      {running && <JobProgress title={running.title} progress={running.progress} onCancel={() => running.job.cancel()} />}
      {failure && (
        <p role="alert" class="error-text">
          {failure.message}
        </p>
      )}
      {notice && (
        <p role="status" class="hint">
          {notice}
        </p>
      )}
      {shown && (
        <>
          <div class="audit-actions">
            {shown.downloadUrl ? (
              <a data-action="download-annotated" href={shown.downloadUrl} download={downloadName}>
                下载带批注的表格（{downloadName}）
              </a>
            ) : (
              <span class="hint">{running ? '正在生成带批注的表格…' : '带批注的表格未生成。'}</span>
            )}
            <button type="button" data-action="import-to-ledger" disabled={busy} onClick={() => void importToLedger()}>
              将本表的违法图斑导入整改台账
            </button>
            {settingsChanged && <span class="warning-text">配置或审核日期已改动：点“重新校核”后生效。</span>}
          </div>
          {confirmation.prompt}
          {imported && <ImportOutcome outcome={imported} linkToLedger />}
          <AuditSummaryView summary={shown.outcome.summary} onFilter={(change) => setFilter((f) => ({ ...f, ...change }))} />
          <FindingsTable findings={shown.outcome.findings} summary={shown.outcome.summary} filter={filter} onFilter={(change) => setFilter((f) => ({ ...f, ...change }))} />
          <MappingTable
            mapping={shown.outcome.mapping}
            applied={shown.outcome.columnOverrides}
            remembered={shown.outcome.rememberedMapping}
            draft={draft}
            settingsChanged={settingsChanged}
            busy={busy}
            onDraft={setDraft}
            onRerun={() => void rerun(draft)}
            onReset={() => {
              setDraft({});
              void rerun({});
            }}
          />
        </>
      )}
    </section>
  );
}
