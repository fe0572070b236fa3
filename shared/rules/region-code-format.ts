import { textOf } from '../model/patch-record';
import { toHalfWidth } from '../model/text';
import { defineRule } from './define-rule';

/**
 * GB/T 2260 province-level codes (the first two digits of every administrative code): national
 * reference data, not a threshold, so it lives here rather than in a profile. 71 台湾, 81 香港,
 * 82 澳门 are listed by the standard.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** 6 digits: county (GB/T 2260); 9 digits: township (fields.md). */
const REGION_CODE = /^(?:\d{6}|\d{9})$/u;

export default defineRule({
  id: 'region-code-format',
  title: '行政区代码有误',
  severity: 'error',
  description: '行政区代码为空、不是 6 位（县级）或 9 位（乡级）数字、省级代码不存在，或不在本配置的省/市范围内：每条记录须落到县。',
  fields: ['regionCode'],
  patchKinds: 'both',
  messages: {
    empty: '行政区代码为空：每个图斑须填写所属县级行政区代码。',
    format: '行政区代码“{code}”应为 6 位（县级）或 9 位（乡级）数字。',
    unknownProvince: '行政区代码“{code}”的省级代码“{province}”不存在。',
    outsideRegion: '行政区代码“{code}”不在本配置的行政区范围（{allowed}）内。',
  },
  source: {
    tag: 'sourced',
    refs: [],
    note: '平台下发图斑带县级行政区代码（GB/T 2260，6 位；乡级 9 位）；省、市配置以 region.allowedPrefixes 限定范围。',
  },
  check(record, context) {
    const filed = textOf(record, 'regionCode');
    if (filed === undefined) return [{ messageId: 'empty' }];
    const code = toHalfWidth(filed).replace(/\s+/gu, '');
    if (!REGION_CODE.test(code)) return [{ messageId: 'format', data: { code: filed } }];
    const province = code.slice(0, 2);
    if (!PROVINCE_CODES.has(province)) return [{ messageId: 'unknownProvince', data: { code, province } }];
    const allowed = context.profile.region.allowedPrefixes;
    if (allowed.length > 0 && !allowed.some((prefix) => code.startsWith(prefix))) {
      return [{ messageId: 'outsideRegion', data: { code, allowed: allowed.join('、') } }];
    }
    return [];
  },
});
