import { h, render } from 'preact';
import type { IsoDate } from '../../shared/model/dates';
import type { FieldId } from '../../shared/model/field-dictionary';
import type { LabelMatcher } from '../../shared/model/labels';
import { areaOf, textOf, type PatchRecord } from '../../shared/model/patch-record';
import type { Finding } from '../../shared/report/finding';
import { RECORD_RULES } from '../../shared/rules';
import {
  BackgroundToContentBoundaryResultSchema,
  bytesToBase64,
  MAX_BOUNDARY_FILE_BYTES,
  parseMessage,
  type BoundaryCheck,
  type ContentToBackgroundCheckBoundaryFile,
  type ContentToOptionsRecognition,
  type ContentToPopupStatus,
  type ExpectedAreaPayload,
} from '../messages';
import { activeProfile, type ActiveProfile } from '../settings/active-profile';
import type { Settings } from '../settings/settings-schema';
import { adapterProfileFor, selectorParses, type AdapterProfile } from '../site-profiles/site-profile';
import { withDismissal, withoutDismissal, type Dismissals } from './dismissals';
import { createAdapterContext, matcherFor, type AdapterContext } from './form-adapter/adapter-context';
import { recordOfForm } from './form-adapter/form-record';
import { fieldOfControl, looksUnderstoodPoorly, readForm, rereadEditedFields, targetsInFields, type FieldReading, type FormReading } from './form-adapter/read-form';
import { watchForm } from './form-adapter/watch-form';
import { LiveCheck } from './live-check';
import { viewportBox } from './panel/anchor-geometry';
import { App, markerPosition, type BoundaryStatus, type MarkerView, type PanelActions, type PanelState } from './panel/panel';
import { shownFindings, type ShownFinding } from './panel/shown-findings';
import { mountUiRoot, type UiRoot } from './panel/ui-root';

/** What the session needs from the extension (chrome.* lives in content-script.ts; tests pass fakes). */
export interface SessionEnvironment {
  readonly doc: Document;
  readonly signal: AbortSignal;
  readonly css: string;
  readonly now: () => Date;
  readonly loadDismissals: (patchId: string | undefined) => Promise<Dismissals>;
  readonly saveDismissals: (patchId: string | undefined, dismissals: Dismissals) => Promise<void>;
  /** Sends the message to the background and resolves with its raw reply (validated here). */
  readonly sendBoundaryCheck: (message: ContentToBackgroundCheckBoundaryFile) => Promise<unknown>;
  readonly debounceMs?: number;
}

interface SessionConfig {
  readonly rules: ActiveProfile;
  readonly adapterProfile: AdapterProfile;
  readonly matcher: LabelMatcher;
  readonly problems: readonly string[];
}

function configFor(settings: Settings, doc: Document): SessionConfig {
  const rules = activeProfile(settings);
  const site = adapterProfileFor(settings.siteProfile, selectorParses(doc));
  return {
    rules,
    adapterProfile: site.profile,
    matcher: matcherFor(site.profile, rules.profile.labelSynonyms),
    problems: [...rules.problems, ...site.problems.map((p) => `站点配置有误（${p.path}）：${p.message}`)],
  };
}

/** The audit date of a live check: today, in the filer's time zone. */
function localIsoDate(date: Date): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether two readings of a field give the same record value and marker place. */
function sameReading(a: FieldReading | undefined, b: FieldReading): boolean {
  return a !== undefined && a.text === b.text && a.unit === b.unit && a.anchor === b.anchor && a.control === b.control;
}

/**
 * One form under live check: reads the page (and its same-origin frames) on every change — an
 * edit of a known control re-reads only that control's field at once, DOM changes are followed
 * by a debounced full reading —, re-runs the rules the changed fields touch, shows findings in
 * the panel and beside the fields, keeps dismissals per patch, and checks a chosen boundary file
 * in the background's Worker.
 */
export class FormSession {
  private config: SessionConfig;
  private live: LiveCheck;
  private context: AdapterContext;
  private reading: FormReading = { fields: new Map(), documents: 1 };
  private record: PatchRecord | undefined;
  private findings: readonly Finding[] = [];
  private shown: readonly ShownFinding[] = [];
  private patchId: string | undefined;
  private dismissals: Dismissals = {};
  private boundaryStatus: BoundaryStatus | undefined;
  private boundaryCheck: BoundaryCheck | undefined;
  private boundaryToken = 0;
  private ui: UiRoot | undefined;
  private frameRequested = false;

  constructor(
    private readonly env: SessionEnvironment,
    settings: Settings,
  ) {
    this.config = configFor(settings, env.doc);
    this.context = createAdapterContext(this.config.adapterProfile, this.config.matcher);
    this.live = this.newLiveCheck();
  }

  private newLiveCheck(): LiveCheck {
    return new LiveCheck(RECORD_RULES, { profile: this.config.rules.profile, asOf: localIsoDate(this.env.now()) });
  }

  start(): void {
    const { doc, signal } = this.env;
    this.ui = mountUiRoot(doc, this.env.css, signal);
    signal.addEventListener('abort', () => {
      if (this.ui) render(null, this.ui.container);
    });
    const reposition = (): void => this.requestMarkerPositions();
    watchForm(doc, () => this.refresh(), signal, {
      ...(this.env.debounceMs !== undefined ? { debounceMs: this.env.debounceMs } : {}),
      onEvent: (event) => this.onPageEvent(event),
      onEdit: (targets) => this.refreshEdited(targets),
      onMutated: (targets) => this.refreshMutated(targets),
      onScroll: reposition,
    });
    const view = doc.defaultView;
    if (view) {
      view.addEventListener('resize', reposition, { passive: true, signal });
      if (typeof view.ResizeObserver === 'function') {
        const observer = new view.ResizeObserver(reposition);
        observer.observe(doc.documentElement);
        signal.addEventListener('abort', () => observer.disconnect());
      }
    }
    this.refresh();
  }

  /** New settings: new profile, matcher and rule run; every rule runs again. */
  applySettings(settings: Settings): void {
    this.config = configFor(settings, this.env.doc);
    this.live = this.newLiveCheck();
    this.refresh();
  }

  /** Reads the form again and re-runs the rules whose fields changed. */
  refresh(): void {
    if (this.env.signal.aborted) return;
    this.context = createAdapterContext(this.config.adapterProfile, this.config.matcher);
    this.reading = readForm(this.env.doc, this.context);
    this.recheck();
  }

  /**
   * The fast path after an edit (`input`/`change` on controls): re-reads only the edited fields'
   * value elements, replaces their readings in the last reading, and re-runs the rules reading a
   * changed field — no full read of the page. False when the last reading cannot say what the
   * targets are (watch-form then schedules the full re-read). DOM changes the page makes in
   * response (branches shown or hidden) are followed by the debounced full re-read anyway.
   */
  refreshEdited(targets: readonly Element[]): boolean {
    if (this.env.signal.aborted) return true;
    if (!this.record) return false;
    // A fresh visibility cache, as for every reading: styles may have changed since the last one.
    const context = createAdapterContext(this.config.adapterProfile, this.config.matcher);
    const reread = rereadEditedFields(this.reading, targets, context);
    if (!reread) return false;
    const changed = reread.filter((r) => !sameReading(this.reading.fields.get(r.field), r));
    if (changed.length === 0) return true;
    const fields = new Map(this.reading.fields);
    for (const r of changed) fields.set(r.field, r);
    this.reading = { ...this.reading, fields };
    this.recheck();
    return true;
  }

  /**
   * A widget restyled without an event (layui's radio `div`, a select's `dd`): the fields holding
   * the mutated elements are re-read at once; anything else waits for the debounced full reading.
   */
  refreshMutated(targets: readonly Element[]): void {
    if (this.env.signal.aborted || !this.record) return;
    const inFields = targetsInFields(this.reading, targets);
    if (inFields.length > 0) this.refreshEdited(inFields);
  }

  /** The record of the current reading → the rules whose fields changed → panel and markers. */
  private recheck(): void {
    this.record = recordOfForm(this.reading, this.config.rules.profile.areaUnit);
    this.findings = this.live.update(this.record).findings;
    const patchId = textOf(this.record, 'patchId');
    if (patchId !== this.patchId) this.changePatch(patchId);
    this.render();
  }

  /** Another patch on the page (SPA navigation): its own dismissals, no boundary result of the last one. */
  private changePatch(patchId: string | undefined): void {
    this.patchId = patchId;
    this.dismissals = {};
    this.boundaryStatus = undefined;
    this.boundaryCheck = undefined;
    this.boundaryToken += 1;
    void this.env.loadDismissals(patchId).then((stored) => {
      if (this.patchId !== patchId || this.env.signal.aborted) return;
      this.dismissals = stored;
      this.render();
    });
  }

  private readonly actions: PanelActions = {
    focusField: (field) => this.focusField(field),
    dismiss: (ruleId, reason) => {
      this.dismissals = withDismissal(this.dismissals, ruleId, reason, this.env.now());
      void this.env.saveDismissals(this.patchId, this.dismissals);
      this.render();
    },
    restore: (ruleId) => {
      this.dismissals = withoutDismissal(this.dismissals, ruleId);
      void this.env.saveDismissals(this.patchId, this.dismissals);
      this.render();
    },
  };

  /** Scrolls to the field's control and focuses it (never changes its value). */
  focusField(field: FieldId): void {
    const reading = this.reading.fields.get(field);
    if (!reading) return;
    const target = reading.control ?? reading.anchor;
    target.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    if ('focus' in target && typeof target.focus === 'function') (target as HTMLElement).focus({ preventScroll: true });
  }

  private markerViews(): MarkerView[] {
    const markers: MarkerView[] = [];
    const slots = new Map<FieldId, number>();
    const viewportWidth = this.env.doc.defaultView?.innerWidth ?? Number.POSITIVE_INFINITY;
    for (const finding of this.shown) {
      if (finding.dismissed) continue;
      for (const field of finding.fields) {
        const reading = this.reading.fields.get(field);
        const box = reading ? viewportBox(reading.anchor) : undefined;
        if (!box) continue;
        const slot = slots.get(field) ?? 0;
        slots.set(field, slot + 1);
        markers.push({ key: `${finding.key}|${field}`, ruleId: finding.ruleId, field, severity: finding.severity, message: finding.message, ...markerPosition(box, slot, viewportWidth) });
      }
    }
    return markers;
  }

  private requestMarkerPositions(): void {
    const view = this.env.doc.defaultView;
    if (this.frameRequested || !view) return;
    this.frameRequested = true;
    view.requestAnimationFrame(() => {
      this.frameRequested = false;
      this.render();
    });
  }

  private panelState(): PanelState {
    return {
      findings: this.shown,
      fieldsFound: this.reading.fields.size,
      frames: this.reading.documents,
      profileName: this.config.rules.name,
      patchId: this.patchId,
      boundary: this.boundaryStatus,
      problems: looksUnderstoodPoorly(this.reading, this.config.adapterProfile.minFields)
        ? [...this.config.problems, `本页只识别到 ${this.reading.fields.size} 个字段，检查可能不完整`]
        : this.config.problems,
    };
  }

  private render(): void {
    if (!this.ui || this.env.signal.aborted) return;
    this.shown = shownFindings({
      findings: this.findings,
      rules: RECORD_RULES,
      boundary: this.boundaryCheck,
      present: new Set(this.reading.fields.keys()),
      dismissals: this.dismissals,
    });
    render(h(App, { state: this.panelState(), actions: this.actions, markers: this.markerViews() }), this.ui.container);
  }

  /** A file chosen in the boundary field's input: checked in the background, never uploaded anywhere. */
  private onPageEvent(event: Event): void {
    const target = event.target as Element | null;
    if (event.type !== 'change' || !target || target.tagName !== 'INPUT' || (target as HTMLInputElement).type !== 'file') return;
    const file = (target as HTMLInputElement).files?.[0];
    if (!file || fieldOfControl(target, this.context) !== 'vectorFile') return;
    void this.checkBoundaryFile(file);
  }

  /** The form's 违法面积, else 监测面积, in 公顷: what the boundary's area should match. */
  private expectedArea(): ExpectedAreaPayload | undefined {
    if (!this.record) return undefined;
    for (const field of ['violationArea', 'areaMonitored'] as const) {
      const hectares = areaOf(this.record, field, 'ha');
      if (hectares !== undefined && Number.isFinite(hectares) && hectares > 0) return { field, hectares };
    }
    return undefined;
  }

  async checkBoundaryFile(file: File): Promise<void> {
    const token = (this.boundaryToken += 1);
    const fileName = file.name.slice(0, 260) || '坐标文件';
    this.boundaryCheck = undefined;
    if (file.size > MAX_BOUNDARY_FILE_BYTES) {
      this.boundaryStatus = { kind: 'failed', fileName, error: '文件超过 10 MB，未检查' };
      this.render();
      return;
    }
    this.boundaryStatus = { kind: 'checking', fileName };
    this.render();
    const expectedArea = this.expectedArea();
    let outcome: BoundaryStatus;
    let check: BoundaryCheck | undefined;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const reply = await this.env.sendBoundaryCheck({
        type: 'content-to-background/check-boundary-file',
        fileName,
        bytesBase64: bytesToBase64(bytes),
        ...(expectedArea ? { expectedArea } : {}),
      });
      const parsed = parseMessage(BackgroundToContentBoundaryResultSchema, reply);
      if (!parsed) outcome = { kind: 'failed', fileName, error: '扩展后台没有有效应答' };
      else if (!parsed.result.ok) outcome = { kind: 'failed', fileName, error: parsed.result.error };
      else {
        check = parsed.result.check;
        outcome = { kind: 'done', fileName, parcels: check.parcels, areaHa: check.areaHa, readable: check.readable };
      }
    } catch (error) {
      outcome = { kind: 'failed', fileName, error: error instanceof Error ? error.message : String(error) };
    }
    if (token !== this.boundaryToken || this.env.signal.aborted) return;
    this.boundaryStatus = outcome;
    this.boundaryCheck = check;
    this.render();
  }

  /** The 识别情况 view of the options page: what was recognised, and the labels that were not (issue 16). */
  recognition(): ContentToOptionsRecognition {
    const clip = (text: string | undefined, max: number): string => (text ?? '').slice(0, max);
    return {
      type: 'content-to-options/recognition',
      pageTitle: clip(this.env.doc.title, 200),
      siteProfiles: this.config.adapterProfile.names.slice(0, 20).map((name) => clip(name, 200)),
      fields: [...this.reading.fields.values()].slice(0, 300).map((r) => ({ field: r.field, label: clip(r.label, 200), value: clip(r.text, 500), section: clip(r.section, 200) })),
      unmatchedLabels: (this.reading.census?.unmatched ?? []).slice(0, 300).map((text) => clip(text, 200)),
      knownLabels: this.reading.census?.known ?? 0,
      minFields: this.config.adapterProfile.minFields,
    };
  }

  /** What the popup shows for this tab. */
  status(): ContentToPopupStatus {
    const active = this.shown.filter((f) => !f.dismissed);
    const count = (severity: 'error' | 'warning' | 'info'): number => active.filter((f) => f.severity === severity).length;
    return {
      type: 'content-to-popup/status',
      ...(this.patchId !== undefined ? { patchId: this.patchId.slice(0, 100) } : {}),
      fieldsFound: this.reading.fields.size,
      frames: this.reading.documents,
      findings: { error: count('error'), warning: count('warning'), info: count('info') },
      dismissed: this.shown.length - active.length,
      profileName: this.config.rules.name.slice(0, 200),
    };
  }
}
