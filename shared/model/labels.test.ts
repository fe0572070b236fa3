import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_DEFINITIONS } from './field-dictionary';
import { LabelMatcher, normaliseLabel } from './labels';

const matcher = new LabelMatcher();

describe('normaliseLabel', () => {
  it.each([
    ['*监测面积（亩）：', '监测面积', 'mu'],
    ['监测面积(公顷)', '监测面积', 'ha'],
    ['监测面积\n（单位：平方米）', '监测面积', 'sqm'],
    ['＊是否\n立案:', '是否立案', undefined],
    ['县（区）', '县(区)', undefined],
    ['罚款（元）', '罚款', 'yuan'],
  ])('%j → %s', (raw, key, unit) => {
    expect(normaliseLabel(raw)).toEqual(unit ? { key, unit } : { key });
  });
});

describe('LabelMatcher', () => {
  it('matches every dictionary label, decorated as exports write them', () => {
    for (const def of FIELD_DEFINITIONS) {
      for (const label of def.labels) {
        for (const decorated of [label, `*${label}：`, ` ${label} `, `${label}:`]) {
          expect(matcher.match(decorated)?.field, `${decorated}`).toBe(def.id);
        }
      }
    }
  });

  it('reads sub-headers in the context of their group header', () => {
    expect(matcher.match('面积（亩）', '拆除复耕')).toEqual({ field: 'reclaimedArea', unit: 'mu' });
    expect(matcher.match('其中耕地', '拆除复垦情况')).toEqual({ field: 'reclaimedCultivated' });
    expect(matcher.match('面积', '违法用地')).toEqual({ field: 'violationArea' });
    expect(matcher.match('其中耕地', '完善用地手续')).toEqual({ field: 'legalisedCultivated' });
    expect(matcher.match('其中耕地')).toEqual({ field: 'areaCultivated' });
    expect(matcher.match('面积')).toBeUndefined();
  });

  it('keeps 立项批准机关 and 立项批准文号 apart from the approval fields', () => {
    expect(matcher.match('立项批准机关')).toBeUndefined();
    expect(matcher.match('立项批准文号')).toBeUndefined();
  });

  it('reads 违法类型 levels', () => {
    expect(matcher.match('违法类型二级')).toEqual({ field: 'violationType', level: 2 });
    expect(matcher.match('违法类型')).toEqual({ field: 'violationType' });
  });

  it('takes label synonyms from a profile', () => {
    expect(new LabelMatcher({ patchId: ['核查图斑号'] }).match('核查图斑号')?.field).toBe('patchId');
  });

  it('has no label claimed by two fields', () => {
    const owner = new Map<string, string>();
    for (const def of FIELD_DEFINITIONS) {
      for (const label of def.labels) {
        const key = normaliseLabel(label).key;
        expect(owner.get(key) ?? def.id, `label ${label}`).toBe(def.id);
        owner.set(key, def.id);
      }
    }
  });

  it('never throws on any header text (property)', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.string()), (label, group) => void matcher.match(label, group ?? undefined)), { numRuns: 2000 });
  });
});
