import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldDefinition, FIELD_IDS, type FieldId } from '../model/field-dictionary';
import { buildRecord, type PatchRecord } from '../model/patch-record';
import { builtInProfile } from '../profiles/profiles';
import type { Finding } from '../report/finding';
import { RECORD_RULES } from '../rules';
import type { AnyRule, RuleContext } from '../rules/define-rule';
import { changedFields, ENGINE_WIDE_FIELDS, fieldsReadBy, RuleFieldIndex } from './rule-field-index';
import { AuditRun } from './run-rules';

const profile = builtInProfile('national');
const AS_OF = '2024-06-30';

/** Values per field kind that steer rules down their branches (verdicts, measures, dates around the cut-off). */
function palette(field: FieldId): readonly string[] {
  const def = fieldDefinition(field);
  if (field === 'verdict') return ['合法', '违法', '其他', '伪变化', ''];
  if (field === 'verdictDetail') return ['农转用已批', '设施农用地', '临时用地', '农村道路', '实地未变化', '增减挂钩', '其他', ''];
  if (field === 'patchKind') return ['土地', '矿产', ''];
  if (field === 'batch') return ['2023年5月', '2020年第一季度', ''];
  if (field === 'approvalNo') return ['川府土〔2023〕12号', '川府土[2020]3号', ''];
  if (field === 'handling') return ['立案', '非立案处理', '不处理', ''];
  switch (def.type) {
    case 'date':
      return ['2019-03-01', '2023-05-06', '2024-02-01', '2025-09-01', '2023-02-30', ''];
    case 'area':
      return ['0', '3', '12.5', '60', '-1', 'abc', ''];
    case 'number':
    case 'integer':
      return ['0', '4', '12', '50000', ''];
    case 'yesno':
      return ['是', '否', '待定', ''];
    case 'enum':
      return [...(def.values ?? []), '', '其他'];
    default:
      return ['文字', '无', ''];
  }
}

/** A record whose every field is drawn from its palette, with some fields absent from the input. */
type Raw = Partial<Record<FieldId, string>>;

const rawArbitrary: fc.Arbitrary<Raw> = fc
  .tuple(
    fc.tuple(...FIELD_IDS.map((field) => fc.constantFrom(...palette(field)))),
    fc.array(fc.constantFrom(...FIELD_IDS), { maxLength: 12 }),
  )
  .map(([texts, absent]) => {
    const raw: Raw = {};
    FIELD_IDS.forEach((field, i) => {
      if (!absent.includes(field)) raw[field] = texts[i] ?? '';
    });
    return raw;
  });

const recordArbitrary = rawArbitrary.map((raw) => buildRecord(raw));

/** One edit of a form: a control's new value, or the control leaving the page (null). */
const editArbitrary = fc.constantFrom(...FIELD_IDS).chain((field) => fc.tuple(fc.constant(field), fc.option(fc.constantFrom(...palette(field)), { nil: null })));

/** A form as the filer edits it: the record after each of a few one-field edits. */
const editedFormArbitrary = fc.tuple(rawArbitrary, fc.array(fc.array(editArbitrary, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 })).map(([start, steps]) => {
  const records = [buildRecord(start)];
  let raw: Raw = { ...start };
  for (const step of steps) {
    raw = { ...raw };
    for (const [field, value] of step) {
      if (value === null) delete raw[field];
      else raw[field] = value;
    }
    records.push(buildRecord(raw));
  }
  return records;
});

/** A Set that records every field asked about; iterating it counts as reading every field. */
class TrackingSet extends Set<FieldId> {
  constructor(
    fields: Iterable<FieldId>,
    private readonly reads: Set<string>,
  ) {
    super(fields);
  }
  override has(field: FieldId): boolean {
    this.reads.add(field);
    return super.has(field);
  }
  override [Symbol.iterator](): SetIterator<FieldId> {
    this.reads.add('*');
    return super[Symbol.iterator]();
  }
}

/** The same record, reporting each field a rule looks at (its value or its presence). */
function trackingRecord(record: PatchRecord, reads: Set<string>): PatchRecord {
  const values = new Proxy(record.values, {
    get(target, key, receiver) {
      if (typeof key === 'string') reads.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    ownKeys(target) {
      reads.add('*');
      return Reflect.ownKeys(target);
    },
  });
  // The tracking set must exist before the proxy's `reads` are recorded: `super()` adds the fields without calling `has`.
  return { values, present: new TrackingSet(record.present, reads) };
}

function readsOf(rule: AnyRule, record: PatchRecord, row: number | undefined): Set<string> {
  const reads = new Set<string>();
  const context: RuleContext = { profile, asOf: AS_OF, dataYear: 2023, areaUnit: profile.areaUnit, ...(row !== undefined ? { row } : {}) };
  rule.check(trackingRecord(record, reads), context, rule.createBatchState?.());
  return reads;
}

describe('RuleFieldIndex', () => {
  const index = new RuleFieldIndex(RECORD_RULES);

  it('lists every rule under each field it declares, in registry order', () => {
    for (const rule of RECORD_RULES) {
      for (const field of fieldsReadBy(rule)) expect(index.rulesReading(field)).toContain(rule);
    }
    const affected = index.rulesAffectedBy(['approvalNo', 'approvalDate']);
    expect(affected.map((r) => r.id)).toEqual(RECORD_RULES.filter((r) => affected.includes(r)).map((r) => r.id));
    expect(new Set(affected).size).toBe(affected.length);
    expect(affected.map((r) => r.id)).toContain('approval-date-required');
  });

  it('re-runs every rule when an engine-wide field changes, none when nothing changed', () => {
    for (const field of ENGINE_WIDE_FIELDS) expect(index.rulesAffectedBy([field])).toHaveLength(RECORD_RULES.length);
    expect(index.rulesAffectedBy([])).toEqual([]);
  });

  it('declares every field a rule reads (else an edit would leave a stale finding)', () => {
    const undeclared = new Map<string, Set<string>>();
    fc.assert(
      fc.property(recordArbitrary, fc.option(fc.integer({ min: 3, max: 9 }), { nil: undefined }), (record, row) => {
        for (const rule of RECORD_RULES) {
          const declared = new Set<string>([...fieldsReadBy(rule), ...ENGINE_WIDE_FIELDS]);
          for (const field of readsOf(rule, record, row)) {
            if (declared.has(field)) continue;
            const set = undeclared.get(rule.id) ?? new Set<string>();
            set.add(field);
            undeclared.set(rule.id, set);
          }
        }
      }),
      { numRuns: 400, seed: 20_240_630 },
    );
    expect(Object.fromEntries([...undeclared].map(([id, fields]) => [id, [...fields].sort()]))).toEqual({});
  });
});

describe('changedFields', () => {
  it('names fields whose value, unit or presence differs', () => {
    const before = buildRecord({ approvalNo: '川府土〔2023〕12号', areaMonitored: '12' }, { present: ['approvalDate'] });
    expect(changedFields(before, buildRecord({ approvalNo: '川府土〔2023〕12号', areaMonitored: '12' }, { present: ['approvalDate'] }))).toEqual([]);
    expect(changedFields(before, buildRecord({ approvalNo: '川府土〔2023〕13号', areaMonitored: '12' }, { present: ['approvalDate'] }))).toEqual(['approvalNo']);
    expect(changedFields(before, buildRecord({ approvalNo: '川府土〔2023〕12号', areaMonitored: '12' }, { units: { areaMonitored: 'ha' }, present: ['approvalDate'] }))).toEqual(['areaMonitored']);
    expect(changedFields(before, buildRecord({ approvalNo: '川府土〔2023〕12号', areaMonitored: '12' })).sort()).toEqual(['approvalDate']);
  });
});

describe('re-running only the affected rules', () => {
  /** The extension's loop: keep findings per rule, re-run the rules the changed fields touch. */
  function incremental(records: readonly PatchRecord[]): Finding[][] {
    const run = new AuditRun(RECORD_RULES, { profile, asOf: AS_OF });
    const index = new RuleFieldIndex(RECORD_RULES);
    const byRule = new Map<string, Finding[]>();
    const out: Finding[][] = [];
    let previous: PatchRecord | undefined;
    for (const record of records) {
      const rules = previous === undefined ? RECORD_RULES : index.rulesAffectedBy(changedFields(previous, record));
      const ids = new Set(rules.map((r) => r.id));
      const statuses = run.statuses(record.present).filter((s) => ids.has(s.rule.id));
      for (const id of ids) byRule.set(id, []);
      for (const finding of run.check(record, {}, statuses)) byRule.get(finding.ruleId)?.push(finding);
      out.push(RECORD_RULES.flatMap((r) => byRule.get(r.id) ?? []));
      previous = record;
    }
    return out;
  }

  it('gives the findings of a full run after every edit', () => {
    fc.assert(
      fc.property(editedFormArbitrary, (records) => {
        const full = new AuditRun(RECORD_RULES, { profile, asOf: AS_OF });
        expect(incremental(records)).toEqual(records.map((record) => full.check(record)));
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
