import { h, render } from 'preact';
import type { IsoDate } from '../../shared/model/dates';
import type { FieldId } from '../../shared/model/field-dictionary';
import type { LabelMatcher } from '../../shared/model/labels';
import { exifHeadLength } from '../../shared/photo/exif-head';
import { areaOf, dateOf, numberOf, textOf, yesNoOf, type PatchRecord } from '../../shared/model/patch-record';
import type { Finding } from '../../shared/report/finding';
import { RECORD_RULES } from '../../shared/rules';
import {
  BackgroundToContentBoundaryResultSchema,
  BackgroundToContentPhotosResultSchema,
  bytesToBase64,
  MAX_BOUNDARY_FILE_BYTES,
  MAX_PHOTOS_PER_PICK,
  MAX_WHOLE_PHOTO_BYTES,
  parseMessage,
  type BoundaryCheck,
  type ContentToBackgroundCheckBoundaryFile,
  type ContentToBackgroundCheckPhotos,
  type ContentToOptionsRecognition,
  type ContentToPopupStatus,
  type ExpectedAreaPayload,
  type PhotoPatchPayload,
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
import { viewportBox, type ViewportBox } from './panel/anchor-geometry';
import { placeEdgeTab, placeMarker } from './panel/marker-placement';
import { centreVisible, pageObstacles } from './panel/page-obstacles';
import { App, PANEL_WIDTH, TAB_HEIGHT, TAB_WIDTH, type BoundaryStatus, type MarkerView, type OffScreen, type PanelActions, type PanelState, type PhotoStatus } from './panel/panel';
import { DEFAULT_PANEL_PLACE, type PanelPlace } from './panel/panel-place';
import { shownFindings, type ShownFinding } from './panel/shown-findings';
import { mountUiRoot, type UiRoot } from './panel/ui-root';

/**
 * Rules that judge how a value is written: while the filer is typing in one of their fields they
 * wait for the field to lose focus, or for this long without a keystroke (issue 11: a 文号 must
 * not be flagged on every keystroke until it is complete).
 */
const FORMAT_RULES: ReadonlySet<string> = new Set(['approval-no-format', 'approval-year-mismatch', 'date-invalid', 'region-code-format']);
const TYPING_IDLE_MS = 800;
/** After a change of the form's area, the boundary file is checked again once the filer pauses. */
const BOUNDARY_RECHECK_MS = 300;

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
  /** The same for photos picked in the 现场照片 upload (issue 14); without it photos are not checked. */
  readonly sendPhotoCheck?: (message: ContentToBackgroundCheckPhotos) => Promise<unknown>;
  readonly debounceMs?: number;
  /** Where the panel was left (chrome.storage.local); the default place when absent. */
  readonly loadPanelPlace?: () => Promise<PanelPlace>;
  readonly savePanelPlace?: (place: PanelPlace) => Promise<void>;
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
  private photoStatus: PhotoStatus | undefined;
  private photoToken = 0;
  private ui: UiRoot | undefined;
  private frameRequested = false;
  private markers: MarkerView[] = [];
  /** When each rule last ran: findings carry the time they were made. */
  private readonly madeAt = new Map<string, Date>();
  private boundaryMadeAt: Date | undefined;
  /** The chosen boundary file and the form area it was checked against: a change of that area checks it again. */
  private boundaryFile: File | undefined;
  private boundaryExpected: string | undefined;
  private boundaryRecheckTimer: ReturnType<typeof setTimeout> | undefined;
  /** No edit yet on this form: required findings are a neutral checklist. */
  private untouched = true;
  /** Text controls being typed in, with the time of the last keystroke (format rules wait). */
  private readonly typing = new Map<Element, number>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private place: PanelPlace = DEFAULT_PANEL_PLACE;
  private offScreen = new Map<FieldId, OffScreen>();
  private tabTop: number | undefined;
  /** The page's own margin on the docked side, restored when the panel closes. */
  private narrowed: { readonly side: 'left' | 'right'; readonly previous: string } | undefined;

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
    doc.addEventListener('focusout', (event) => this.stopTyping(event.target), { capture: true, signal });
    signal.addEventListener('abort', () => {
      this.narrowPage(false);
      clearTimeout(this.typingTimer);
      clearTimeout(this.boundaryRecheckTimer);
    });
    void this.env.loadPanelPlace?.().then((place) => {
      if (signal.aborted) return;
      this.place = place;
      this.render();
    });
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
    const update = this.live.update(this.record);
    this.findings = update.findings;
    const now = this.env.now();
    for (const id of update.rerun) this.madeAt.set(id, now);
    const patchId = textOf(this.record, 'patchId');
    if (patchId !== this.patchId) this.changePatch(patchId);
    this.recheckBoundaryIfAreaChanged();
    this.render();
  }

  /** Another patch on the page (SPA navigation): its own dismissals, no boundary result of the last one. */
  private changePatch(patchId: string | undefined): void {
    this.patchId = patchId;
    this.dismissals = {};
    this.clearBoundary();
    this.photoStatus = undefined;
    this.photoToken += 1;
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
    place: (next) => {
      this.place = next;
      void this.env.savePanelPlace?.(next);
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

  /**
   * Markers beside the fields, each at a place that covers no control, label, other marker or the
   * panel (marker-placement.ts). A field scrolled away, under a fixed header, or without a free
   * place gets no marker on the page: the panel lists it (offScreen) instead.
   */
  private markerViews(): MarkerView[] {
    const markers: MarkerView[] = [];
    this.offScreen = new Map();
    const view = this.env.doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
    const withMarkers = this.shown.filter((f) => !f.dismissed && !f.checklist);
    if (withMarkers.length === 0) return markers;
    const obstacles = pageObstacles(this.env.doc);
    const taken: ViewportBox[] = [...this.ownBoxes(viewport)];
    const placed = new Set<string>();
    for (const finding of withMarkers) {
      for (const field of finding.fields) {
        const reading = this.reading.fields.get(field);
        const box = reading ? viewportBox(reading.anchor) : undefined;
        if (!reading || !box) continue;
        if (!centreVisible(reading.anchor, box, viewport)) {
          this.offScreen.set(field, box.top + box.height < 0 ? 'above' : box.top > viewport.height ? 'below' : 'covered');
          continue;
        }
        // One marker per rule and field: a second finding of the same rule adds nothing beside the field.
        const key = `${finding.ruleId}|${field}`;
        if (placed.has(key)) continue;
        const spot = placeMarker(box, obstacles, taken, viewport);
        if (!spot) {
          this.offScreen.set(field, 'covered');
          continue;
        }
        placed.add(key);
        taken.push(spot);
        markers.push({ key: `${finding.key}|${field}`, ruleId: finding.ruleId, field, severity: finding.severity, title: finding.title, message: finding.message, left: spot.left, top: spot.top });
      }
    }
    return markers;
  }

  /** The panel's own boxes (open column or collapsed tab), which markers must not cover either. */
  private ownBoxes(viewport: { width: number; height: number }): ViewportBox[] {
    const { side, open } = this.place;
    if (open) return [{ left: side === 'right' ? viewport.width - PANEL_WIDTH : 0, top: 0, width: PANEL_WIDTH, height: viewport.height }];
    return [{ left: side === 'right' ? viewport.width - TAB_WIDTH : 0, top: this.tabTop ?? 0, width: TAB_WIDTH, height: TAB_HEIGHT }];
  }

  /** The collapsed tab's height on its edge: as near the remembered place as a free strip allows. */
  private placeTab(): void {
    const view = this.env.doc.defaultView;
    if (!view || this.place.open) return;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const left = this.place.side === 'right' ? viewport.width - TAB_WIDTH - 4 : 0;
    this.tabTop = placeEdgeTab({ left, width: TAB_WIDTH + 4, height: TAB_HEIGHT }, this.place.tabTop * viewport.height, pageObstacles(this.env.doc), viewport);
  }

  /**
   * The open panel takes its own column: the page is narrowed by the panel's width on that side
   * (a margin on <html>, never a change to the form), and given its margin back when it closes.
   */
  private narrowPage(open: boolean): void {
    const root = this.env.doc.documentElement;
    const side = this.place.side;
    if (this.narrowed && (!open || this.narrowed.side !== side)) {
      root.style.setProperty(this.narrowed.side === 'right' ? 'margin-right' : 'margin-left', this.narrowed.previous);
      this.narrowed = undefined;
    }
    if (open && !this.narrowed) {
      const property = side === 'right' ? 'margin-right' : 'margin-left';
      this.narrowed = { side, previous: root.style.getPropertyValue(property) };
      root.style.setProperty(property, `${PANEL_WIDTH}px`, 'important');
    }
  }

  /**
   * Marker places and the tab's height are worked out in the next animation frame, not in the
   * render that follows an edit: reading every control's box forces a layout, and the panel must
   * show the new finding within the latency budget (input → panel p95 ≤ 16 ms, npm run bench).
   */
  private requestMarkerPositions(): void {
    const view = this.env.doc.defaultView;
    if (this.frameRequested || !view) return;
    this.frameRequested = true;
    view.requestAnimationFrame(() => {
      this.frameRequested = false;
      if (!this.ui || this.env.signal.aborted) return;
      this.placeTab();
      this.markers = this.markerViews();
      this.draw();
    });
  }

  private draw(): void {
    if (this.ui) render(h(App, { state: this.panelState(), actions: this.actions, markers: this.markers }), this.ui.container);
  }

  private panelState(): PanelState {
    return {
      findings: this.shown,
      fieldsFound: this.reading.fields.size,
      frames: this.reading.documents,
      profileName: this.config.rules.name,
      patchId: this.patchId,
      boundary: this.boundaryStatus,
      photos: this.photoStatus,
      problems: looksUnderstoodPoorly(this.reading, this.config.adapterProfile.minFields)
        ? [...this.config.problems, `本页只识别到 ${this.reading.fields.size} 个字段，检查可能不完整`]
        : this.config.problems,
      offScreen: this.offScreen,
      place: this.place,
      tabTop: this.tabTop,
    };
  }

  private render(): void {
    if (!this.ui || this.env.signal.aborted) return;
    const held = this.heldFields();
    const findings = held.size === 0 ? this.findings : this.findings.filter((f) => !FORMAT_RULES.has(f.ruleId) || !f.fields.some((field) => held.has(field)));
    this.shown = shownFindings({
      findings,
      rules: RECORD_RULES,
      boundary: this.boundaryCheck,
      photos: this.photoStatus?.kind === 'done' ? this.photoStatus.photos : undefined,
      present: new Set(this.reading.fields.keys()),
      dismissals: this.dismissals,
      madeAt: this.madeAt,
      boundaryMadeAt: this.boundaryMadeAt,
      areaUnits: this.formAreaUnits(),
      untouched: this.untouched,
    });
    this.narrowPage(this.place.open && this.reading.fields.size > 0);
    // Until the next frame places them again, keep the markers whose finding is still shown.
    const still = new Set(this.shown.filter((f) => !f.dismissed && !f.checklist).flatMap((f) => f.fields.map((field) => `${f.ruleId}|${field}`)));
    this.markers = this.markers.filter((m) => still.has(`${m.ruleId}|${m.field}`));
    this.draw();
    this.requestMarkerPositions();
  }

  /** The units the form shows its areas in (a form may file 亩, 公顷, or both). */
  private formAreaUnits(): ('mu' | 'ha')[] {
    const units = new Set<'mu' | 'ha'>();
    for (const field of ['violationArea', 'areaMonitored'] as const) {
      const unit = this.reading.fields.get(field)?.unit;
      if (unit === 'mu' || unit === 'ha') units.add(unit);
    }
    if (units.size === 0) units.add(this.config.rules.profile.areaUnit === 'ha' ? 'ha' : 'mu');
    return [...units];
  }

  /** Fields being typed in right now (a keystroke within TYPING_IDLE_MS, focus not left). */
  private heldFields(): Set<FieldId> {
    const held = new Set<FieldId>();
    const now = this.env.now().getTime();
    for (const [control, at] of this.typing) {
      if (now - at >= TYPING_IDLE_MS || !control.isConnected) {
        this.typing.delete(control);
        continue;
      }
      for (const field of this.fieldsOfControl(control)) held.add(field);
    }
    return held;
  }

  /**
   * The fields the last reading has at a control — a lookup in the reading, not a new search of the
   * page (fieldOfControl reads every candidate: too slow for every render while the filer types).
   */
  private fieldsOfControl(control: Element): FieldId[] {
    const fields: FieldId[] = [];
    for (const [field, reading] of this.reading.fields) {
      if (reading.control === control || reading.anchor === control || reading.anchor.contains(control)) fields.push(field);
    }
    return fields;
  }

  private stopTyping(target: EventTarget | null): void {
    if (!target || !this.typing.delete(target as Element)) return;
    this.render();
  }

  /** A file chosen in the boundary field's input: checked in the background, never uploaded anywhere. */
  private onPageEvent(event: Event): void {
    const target = event.target as Element | null;
    if (!target) return;
    // Any edit or click on the page's controls is the filer at work: required findings become errors.
    if (this.untouched && (event.type === 'input' || event.type === 'change' || (event.type === 'click' && target.closest('input, select, textarea, button, label, [role]') !== null))) {
      this.untouched = false;
      this.render();
    }
    if (event.type !== 'input' && event.type !== 'change') return;
    const isTextControl = target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && /^(text|search|tel|number|)$/u.test((target as HTMLInputElement).type));
    if (event.type === 'input' && isTextControl) this.noteTyping(target);
    else if (event.type === 'change') this.typing.delete(target);
    if (event.type !== 'change' || target.tagName !== 'INPUT' || (target as HTMLInputElement).type !== 'file') return;
    const files = [...((target as HTMLInputElement).files ?? [])];
    const field = fieldOfControl(target, this.context);
    if (field === 'photoCount') {
      if (files.length > 0) void this.checkPhotoFiles(files);
      else {
        // Photos removed or the dialog cancelled: their result must not stay either.
        this.photoStatus = undefined;
        this.photoToken += 1;
        this.render();
      }
      return;
    }
    if (field !== 'vectorFile') return;
    const file = files[0];
    // The filer cancelled the file dialog or removed the file: its result must not stay.
    if (!file) {
      this.clearBoundary();
      this.render();
      return;
    }
    void this.checkBoundaryFile(file);
  }

  /** A keystroke in a text control: format findings on its field wait until it is idle or left. */
  private noteTyping(control: Element): void {
    this.typing.set(control, this.env.now().getTime());
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      if (!this.env.signal.aborted) this.render();
    }, TYPING_IDLE_MS);
  }

  private clearBoundary(): void {
    this.boundaryStatus = undefined;
    this.boundaryCheck = undefined;
    this.boundaryMadeAt = undefined;
    this.boundaryFile = undefined;
    this.boundaryExpected = undefined;
    clearTimeout(this.boundaryRecheckTimer);
    this.boundaryToken += 1;
  }

  /**
   * Never stale (issue 11): when the form's area that the boundary was compared with changes, the
   * old result goes at once (shown as being checked again) and the file is checked again after a
   * short pause.
   */
  private recheckBoundaryIfAreaChanged(): void {
    const file = this.boundaryFile;
    if (!file || this.boundaryExpected === undefined) return;
    const expected = JSON.stringify(this.expectedArea() ?? null);
    if (expected === this.boundaryExpected) return;
    this.boundaryExpected = expected;
    this.boundaryToken += 1;
    this.boundaryCheck = undefined;
    this.boundaryStatus = { kind: 'checking', fileName: file.name.slice(0, 260) || '坐标文件' };
    clearTimeout(this.boundaryRecheckTimer);
    this.boundaryRecheckTimer = setTimeout(() => {
      if (this.boundaryFile === file && !this.env.signal.aborted) void this.checkBoundaryFile(file);
    }, BOUNDARY_RECHECK_MS);
  }

  /** What the photo rules need of this form: centre, 是否消除违法状态, 整改完成时间. */
  private photoPatch(): PhotoPatchPayload {
    const record = this.record;
    const centerX = record ? numberOf(record, 'centerX') : undefined;
    const centerY = record ? numberOf(record, 'centerY') : undefined;
    const rectDate = record ? dateOf(record, 'rectDate') : undefined;
    return {
      ...(this.patchId !== undefined ? { patchId: this.patchId.slice(0, 100) } : {}),
      ...(centerX !== undefined && Number.isFinite(centerX) ? { centerX } : {}),
      ...(centerY !== undefined && Number.isFinite(centerY) ? { centerY } : {}),
      resolved: record ? yesNoOf(record, 'rectResolved') === true : false,
      ...(rectDate !== undefined ? { rectDate } : {}),
    };
  }

  /**
   * Photos chosen in the 现场照片 upload: their EXIF is read in the background's Worker (exifr
   * never runs in the page) and the photo rules run against this form's patch. Only a JPEG's head
   * travels (its EXIF is there); nothing is uploaded anywhere.
   */
  async checkPhotoFiles(files: readonly File[]): Promise<void> {
    if (!this.env.sendPhotoCheck) return;
    // A pick may follow an edit whose debounced full reading has not run yet: read the form now, so
    // the patch the photos are checked against (centre, 消除违法状态, 整改完成时间) is the one shown.
    this.refresh();
    const token = (this.photoToken += 1);
    const picked = files.slice(0, MAX_PHOTOS_PER_PICK);
    this.photoStatus = { kind: 'checking', count: picked.length };
    this.render();
    let outcome: PhotoStatus;
    try {
      const photos = await Promise.all(
        picked.map(async (file) => {
          const part = file.slice(0, Math.min(exifHeadLength(file.name, file.type, file.size), MAX_WHOLE_PHOTO_BYTES));
          return { fileName: file.name.slice(0, 260) || '照片', bytesBase64: bytesToBase64(new Uint8Array(await part.arrayBuffer())) };
        }),
      );
      const reply = await this.env.sendPhotoCheck({ type: 'content-to-background/check-photos', photos, patch: this.photoPatch() });
      const parsed = parseMessage(BackgroundToContentPhotosResultSchema, reply);
      if (!parsed) outcome = { kind: 'failed', error: '扩展后台没有有效应答' };
      else if (!parsed.result.ok) outcome = { kind: 'failed', error: parsed.result.error };
      else outcome = { kind: 'done', photos: parsed.result.photos, skipped: files.length - picked.length };
    } catch (error) {
      outcome = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    if (token !== this.photoToken || this.env.signal.aborted) return;
    this.photoStatus = outcome;
    this.render();
  }

  /** The form's 违法面积, else 监测面积, in 公顷: what the boundary's area should match. */
  private expectedArea(): ExpectedAreaPayload | undefined {
    if (!this.record) return undefined;
    for (const field of ['violationArea', 'areaMonitored'] as const) {
      const hectares = areaOf(this.record, field, 'ha');
      if (hectares !== undefined && Number.isFinite(hectares) && hectares > 0) return { field, hectares, units: this.formAreaUnits() };
    }
    return undefined;
  }

  async checkBoundaryFile(file: File): Promise<void> {
    const token = (this.boundaryToken += 1);
    const fileName = file.name.slice(0, 260) || '坐标文件';
    this.boundaryCheck = undefined;
    this.boundaryFile = file;
    if (file.size > MAX_BOUNDARY_FILE_BYTES) {
      this.boundaryStatus = { kind: 'failed', fileName, error: '文件超过 10 MB，未检查' };
      this.render();
      return;
    }
    this.boundaryStatus = { kind: 'checking', fileName };
    this.render();
    const expectedArea = this.expectedArea();
    this.boundaryExpected = JSON.stringify(expectedArea ?? null);
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
    } catch {
      // The browser's own error text is English: the filer gets one sentence to act on.
      outcome = { kind: 'failed', fileName, error: '扩展后台没有应答，请重新选择文件或刷新本页' };
    }
    if (token !== this.boundaryToken || this.env.signal.aborted) return;
    this.boundaryStatus = outcome;
    this.boundaryCheck = check;
    this.boundaryMadeAt = this.env.now();
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
    const active = this.shown.filter((f) => !f.dismissed && !f.checklist);
    const count = (severity: 'error' | 'warning' | 'info'): number => active.filter((f) => f.severity === severity).length;
    return {
      type: 'content-to-popup/status',
      ...(this.patchId !== undefined ? { patchId: this.patchId.slice(0, 100) } : {}),
      fieldsFound: this.reading.fields.size,
      frames: this.reading.documents,
      findings: { error: count('error'), warning: count('warning'), info: count('info') },
      dismissed: this.shown.filter((f) => f.dismissed).length,
      toFill: this.shown.filter((f) => !f.dismissed && f.checklist).length,
      profileName: this.config.rules.name.slice(0, 200),
    };
  }
}
