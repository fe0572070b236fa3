import type { FieldId } from '../model/field-dictionary';
import { isEmpty, isPresent, textOf, type PatchRecord } from '../model/patch-record';
import { defineRule, type RuleReport } from './define-rule';

/** 不通过 as filed: `不通过`, `审核不通过`, with stray spaces. */
function isRejected(record: PatchRecord, field: FieldId): boolean {
  const text = textOf(record, field)?.replace(/\s+/gu, '');
  return text === '不通过' || text === '审核不通过';
}

export default defineRule({
  id: 'review-reject-note-required',
  title: '审核不通过缺说明',
  severity: 'error',
  description:
    '市级审核结果为不通过却没有不通过说明；省级审核列存在时同样检查省级（县级须对照说明修改，没有说明无从整改）。',
  fields: ['reviewCity', 'reviewCityNote'],
  optionalFields: ['reviewProvince', 'reviewProvinceNote'],
  patchKinds: 'both',
  messages: {
    cityNoteMissing: '市级审核结果为“{result}”，但未填市级审核不通过说明。',
    provinceNoteMissing: '省级审核结果为“{result}”，但未填省级审核不通过说明。',
  },
  source: {
    tag: 'sourced',
    refs: ['S4'],
    note: '平台审核不通过须填写说明；S4 三(三)、四(一): 审核不通过的图斑退回，县级对照审核反馈意见逐一修改。省级审核为同一做法。',
  },
  check(record) {
    const reports: RuleReport<'cityNoteMissing' | 'provinceNoteMissing'>[] = [];
    if (isRejected(record, 'reviewCity') && isEmpty(record, 'reviewCityNote')) {
      reports.push({ messageId: 'cityNoteMissing', data: { result: textOf(record, 'reviewCity') ?? '' }, fields: ['reviewCityNote'] });
    }
    // Province columns are optional: a missing 说明 is only proven when its column is there.
    if (isPresent(record, 'reviewProvinceNote') && isRejected(record, 'reviewProvince') && isEmpty(record, 'reviewProvinceNote')) {
      reports.push({ messageId: 'provinceNoteMissing', data: { result: textOf(record, 'reviewProvince') ?? '' }, fields: ['reviewProvinceNote'] });
    }
    return reports;
  },
});
