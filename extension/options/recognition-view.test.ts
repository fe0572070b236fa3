import { describe, expect, it } from 'vitest';
import { ContentToOptionsRecognitionSchema, parseMessage } from '../messages';
import { recognitionText } from './recognition-view';

describe('识别情况 as text', () => {
  const report = {
    type: 'content-to-options/recognition' as const,
    pageTitle: '图斑核查填报',
    siteProfiles: ['layui 2.x 页面'],
    fields: [{ field: 'approvalNo', label: '*批准文号', value: '鲁政土字〔2022〕88号', section: '合法用地信息' }],
    unmatchedLabels: ['审核状态'],
    knownLabels: 6,
    minFields: 8,
  };

  it('has one tab-separated line per field (dictionary name, page label, value, section) and lists the unmatched labels', () => {
    const lines = recognitionText(report).split('\n');
    expect(lines).toContain(['批准文号', '*批准文号', '鲁政土字〔2022〕88号', '合法用地信息'].join('\t'));
    expect(lines.at(-1)).toBe('审核状态');
  });

  it('the reply is validated: an oversized or malformed one is refused', () => {
    expect(parseMessage(ContentToOptionsRecognitionSchema, report)).toEqual(report);
    expect(parseMessage(ContentToOptionsRecognitionSchema, { ...report, fields: [{ field: 'x' }] })).toBeUndefined();
    expect(parseMessage(ContentToOptionsRecognitionSchema, { ...report, pageTitle: 'x'.repeat(201) })).toBeUndefined();
  });
});
