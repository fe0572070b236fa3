import type { AreaUnit } from '../../../shared/model/areas';
import { fieldDefinition, type FieldId } from '../../../shared/model/field-dictionary';
import type { AdapterContext } from './adapter-context';
import { readValue, joinLevels } from './control-value';
import { fieldCandidates, groupOf, labelCensus, type FieldCandidate, type LabelCensus } from './field-candidates';
import { visibleText } from './adapter-context';
import { FRAME_OF } from './visibility';

/** One field as read from the page. */
export interface FieldReading {
  readonly field: FieldId;
  /** The value as shown (levels of 违法类型 joined `一级/二级`). */
  readonly text: string;
  /** The area unit: the label's `（公顷）`, else a unit written beside the value. */
  readonly unit?: AreaUnit;
  /** Where a marker goes: the control, else the value element. */
  readonly anchor: Element;
  /** What click-to-focus focuses. */
  readonly control?: HTMLElement;
  readonly via: FieldCandidate['via'];
  /** The label as the page writes it, and the section it sits in (the 识别情况 view). */
  readonly label?: string;
  readonly section?: string;
}

/** Everything the adapter found on a page: the visible fields, one reading each. */
export interface FormReading {
  readonly fields: ReadonlyMap<FieldId, FieldReading>;
  /** Documents read: the page and its visible same-origin frames. */
  readonly documents: number;
  /**
   * For the fast path after an edit (rereadEditedFields): every shown candidate's value element
   * with the fields it holds, and the fields whose reading comes from exactly one shown candidate
   * (not levelled, not a tab title), so that re-reading that candidate alone re-reads the field.
   */
  readonly owners?: ReadonlyMap<Element, readonly FieldId[]>;
  readonly sources?: ReadonlyMap<FieldId, FieldCandidate>;
  /** Labels the page shows: how many name a field, and those that name none. */
  readonly census?: LabelCensus;
}

/**
 * Whether a reading looks like a patch form whose fields were mostly not understood: it has a
 * 图斑编号 or at least five labels that name dictionary fields, yet fewer recognised fields than
 * the site profile's minimum. The panel then says the check may be incomplete (issue 16).
 */
export function looksUnderstoodPoorly(reading: FormReading, minFields: number): boolean {
  const knownLabels = reading.census?.known ?? 0;
  const looksLikePatchForm = reading.fields.has('patchId') || knownLabels >= 5;
  return looksLikePatchForm && reading.fields.size < minFields;
}

interface Read {
  readonly candidate: FieldCandidate;
  readonly reading: FieldReading;
  readonly level?: number;
}

function isAreaUnit(unit: string | undefined): unit is AreaUnit {
  return unit === 'mu' || unit === 'ha' || unit === 'sqm';
}

function readCandidate(candidate: FieldCandidate, context: AdapterContext): Read {
  const { match, value } = candidate;
  const shown = readValue(match.field, value, context, candidate.count);
  const unit = isAreaUnit(match.unit) ? match.unit : shown.unit;
  const label = candidate.label ? visibleText(candidate.label) : undefined;
  const section = groupOf(candidate.label ?? value, context);
  const reading: FieldReading = {
    field: match.field,
    text: shown.text,
    ...(unit ? { unit } : {}),
    anchor: shown.anchor ?? shown.control ?? value,
    ...(shown.control ? { control: shown.control } : {}),
    via: candidate.via,
    ...(label ? { label } : {}),
    ...(section ? { section } : {}),
  };
  return { candidate, reading, ...(match.level !== undefined ? { level: match.level } : {}) };
}

/**
 * Same-origin frames of a document with their frame elements. A cross-origin frame gives null or
 * throws: it is not ours to read from here (its own content script instance reads it).
 */
export function sameOriginFrames(doc: Document): { frame: Element; document: Document }[] {
  const out: { frame: Element; document: Document }[] = [];
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    try {
      const child = (frame as HTMLIFrameElement).contentDocument;
      if (child?.documentElement) {
        FRAME_OF.set(child, frame);
        out.push({ frame, document: child });
      }
    } catch {
      // Cross-origin.
    }
  }
  return out;
}

/** The page and its visible same-origin frames, depth first, in document order. */
export function documentsOf(doc: Document, context: AdapterContext): Document[] {
  const out = [doc];
  for (const { frame, document } of sameOriginFrames(doc)) {
    if (context.isVisible(frame)) out.push(...documentsOf(document, context));
  }
  return out;
}

/**
 * Picks one reading per field. Hidden candidates are dropped (a verdict branch hidden by v-show);
 * of the visible ones a filled value beats an empty one, then the first in reading order wins.
 * A tab title's count stands in only where no visible value cell shows the photos.
 * 违法类型 by levels (一级 … 四级 as separate labels) joins its levels into one reading.
 */
function chooseReadings(reads: readonly Read[]): Map<FieldId, FieldReading> {
  const byField = new Map<FieldId, Read[]>();
  for (const read of reads) {
    const list = byField.get(read.reading.field);
    if (list) list.push(read);
    else byField.set(read.reading.field, [read]);
  }
  const chosen = new Map<FieldId, FieldReading>();
  for (const [field, list] of byField) {
    const levelled = list.filter((r) => r.level !== undefined);
    if (levelled.length > 0 && fieldDefinition(field).levels !== undefined) {
      const texts: string[] = [];
      for (const r of levelled) {
        const index = (r.level ?? 1) - 1;
        if ((texts[index] ?? '') === '') texts[index] = r.reading.text;
      }
      const first = levelled[0];
      if (first) chosen.set(field, { ...first.reading, text: joinLevels(Array.from(texts, (t) => t ?? '')) });
      continue;
    }
    const cells = list.filter((r) => r.candidate.via !== 'tab');
    const pool = cells.length > 0 ? cells : list;
    const best = pool.find((r) => r.reading.text !== '') ?? pool[0];
    if (best) chosen.set(field, best.reading);
  }
  return chosen;
}

/** Whether a candidate's label and value are both visible. */
function isShown(candidate: FieldCandidate, context: AdapterContext): boolean {
  return context.isVisible(candidate.value) && (candidate.label === undefined || context.isVisible(candidate.label));
}

/**
 * Reads the form of a page: the top document and its same-origin frames together, one record's
 * worth of fields. Pure DOM reading; never writes to the page.
 */
export function readForm(doc: Document, context: AdapterContext): FormReading {
  const documents = documentsOf(doc, context);
  const reads: Read[] = [];
  let known = 0;
  const unmatched: string[] = [];
  for (const d of documents) {
    for (const candidate of fieldCandidates(d, context)) {
      if (isShown(candidate, context)) reads.push(readCandidate(candidate, context));
    }
    const census = labelCensus(d, context);
    known += census.known;
    for (const text of census.unmatched) if (!unmatched.includes(text)) unmatched.push(text);
  }
  return { fields: chooseReadings(reads), documents: documents.length, ...rereadIndex(reads), census: { known, unmatched } };
}

function rereadIndex(reads: readonly Read[]): Required<Pick<FormReading, 'owners' | 'sources'>> {
  const owners = new Map<Element, FieldId[]>();
  const byField = new Map<FieldId, Read[]>();
  for (const read of reads) {
    const { value } = read.candidate;
    const field = read.reading.field;
    const held = owners.get(value);
    if (!held) owners.set(value, [field]);
    else if (!held.includes(field)) held.push(field);
    const list = byField.get(field);
    if (list) list.push(read);
    else byField.set(field, [read]);
  }
  const sources = new Map<FieldId, FieldCandidate>();
  for (const [field, list] of byField) {
    const only = list.length === 1 ? list[0] : undefined;
    if (only && only.level === undefined && only.candidate.via !== 'tab') sources.set(field, only.candidate);
  }
  return { owners, sources };
}

/**
 * The fast path after an edit: the readings of the fields whose controls are `targets` (an
 * `input`/`change` event's targets), re-read from their value elements alone, with the same rules
 * as readForm. Undefined when that cannot stand in for a full reading: a target the last reading
 * did not find (a control created since), one held by several fields' value elements, a field
 * read from several candidates (levels, branches, tab counts), or a field no longer shown.
 */
export function rereadEditedFields(reading: FormReading, targets: Iterable<Element>, context: AdapterContext): FieldReading[] | undefined {
  const { owners, sources } = reading;
  if (!owners || !sources) return undefined;
  const fields = new Set<FieldId>();
  for (const target of targets) {
    if (!target.isConnected) return undefined;
    const held = new Set<FieldId>();
    for (let e: Element | null = target; e; e = e.parentElement) for (const field of owners.get(e) ?? []) held.add(field);
    const [field, ...others] = held;
    if (field === undefined || others.length > 0) return undefined;
    fields.add(field);
  }
  const out: FieldReading[] = [];
  for (const field of fields) {
    const candidate = sources.get(field);
    if (!candidate || !candidate.value.isConnected || !isShown(candidate, context)) return undefined;
    out.push(readCandidate(candidate, context).reading);
  }
  return out;
}

/**
 * Of the elements a DOM mutation touched, those inside exactly one known field's value element
 * (a widget restyled in place): what the fast path can re-read. Others (a dropdown appended to
 * the body, a branch shown) are left to the full reading.
 */
export function targetsInFields(reading: FormReading, targets: readonly Element[]): Element[] {
  const { owners } = reading;
  if (!owners) return [];
  return targets.filter((target) => {
    const held = new Set<FieldId>();
    for (let e: Element | null = target; e; e = e.parentElement) for (const field of owners.get(e) ?? []) held.add(field);
    return held.size === 1;
  });
}

/** The field a control belongs to, visible or not (a hidden file input inside an upload widget). */
export function fieldOfControl(control: Element, context: AdapterContext): FieldId | undefined {
  const doc = control.ownerDocument;
  const owner = fieldCandidates(doc, context).find((c) => c.value === control || c.value.contains(control));
  if (owner) return owner.match.field;
  // An upload dialog or fieldset whose title names the field (上传违法用地矢量范围).
  for (const selector of context.profile.dialogTitles) {
    for (let e: Element | null = control.parentElement; e; e = e.parentElement) {
      const title = [...e.querySelectorAll(selector)].find((t) => !t.contains(control));
      if (!title) continue;
      const field = fieldNamedIn(title.textContent ?? '', context);
      if (field) return field;
      break;
    }
  }
  return undefined;
}

/** A field whose label the text contains (`上传违法用地矢量范围` → vectorFile), the longest label first. */
function fieldNamedIn(text: string, context: AdapterContext): FieldId | undefined {
  const compact = text.replace(/\s+/gu, '');
  const exact = context.matcher.match(compact);
  if (exact) return exact.field;
  const vector = fieldDefinition('vectorFile').labels;
  const synonyms = context.profile.labelSynonyms.vectorFile ?? [];
  return [...vector, ...synonyms].some((label) => compact.includes(label)) ? 'vectorFile' : undefined;
}
