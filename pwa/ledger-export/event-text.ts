import { fieldDefinition, isFieldId } from '../../shared/model/field-dictionary';
import { BUILT_IN_PROFILES } from '../../shared/profiles/profiles';
import { ruleTitle } from '../../shared/report/rule-titles';
import type { FieldChange, LedgerEvent, LedgerEventData, LedgerState, PhotoFindingRecord } from '../db/schema';

/**
 * What a history event says, in zh-CN: the operation and its content (field labels from the field
 * dictionary, from → to). Shared by the item's history on screen and the 变更记录 sheet of the
 * export, so both read the same. Written from the stored ids and data, never stored itself.
 */
export interface EventText {
  /** 操作: 录入, 修改, 开始整改, 销号 … */
  readonly action: string;
  /** 内容: what changed. */
  readonly content: string;
}

const EMPTY = '（空）';

/** A profile as people name it: a built-in profile's own name, else the id stored with the event. */
function profileName(id: string): string {
  const data = BUILT_IN_PROFILES[id];
  const name = typeof data === 'object' && data !== null ? (data as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : id;
}

export function fieldLabel(field: string): string {
  return isFieldId(field) ? (fieldDefinition(field).labels[0] ?? field) : field;
}

/** `整改措施：拆除 → 拆除复耕` (empty shown as （空）). */
export function changeText(change: FieldChange): string {
  return `${fieldLabel(change.field)}：${change.from ?? EMPTY} → ${change.to ?? EMPTY}`;
}

/** The name of a move between states, as the ledger's buttons call it. */
export function moveName(from: LedgerState, to: LedgerState): string {
  if (from === '待整改' && to === '整改中') return '开始整改';
  if (from === '整改中' && to === '待验收') return '提交验收';
  if (from === '待验收' && to === '整改中') return '验收不通过';
  return '变更状态';
}

const EVIDENCE_KIND: Readonly<Record<'photo' | 'document', string>> = {
  photo: '照片',
  document: '文件',
};

export function describeEvent(data: LedgerEventData): EventText {
  switch (data.kind) {
    case 'created': {
      const where = data.row !== undefined ? `；表格第 ${data.row} 行` : '';
      return {
        action: data.importId !== undefined ? '导入录入' : '手工录入',
        content: `状态：${data.state}${where}`,
      };
    }
    case 'updated':
      return {
        action: data.importId !== undefined ? '重新导入' : '修改',
        content: data.changes.map(changeText).join('；'),
      };
    case 'transition':
      return {
        action: moveName(data.from, data.to),
        content: `状态：${data.from} → ${data.to}`,
      };
    case 'evidence-added':
      return {
        action: '添加证明材料',
        content: `${EVIDENCE_KIND[data.evidenceKind]}：${data.name}`,
      };
    case 'evidence-removed':
      return {
        action: '删除证明材料',
        content: `${EVIDENCE_KIND[data.evidenceKind]}：${data.name}`,
      };
    case 'closed':
      return {
        action: '销号',
        content: `状态：${data.from} → 已销号；照片 ${data.photoCount} 张；校核规则 ${data.checkedRules.map((id) => ruleTitle(id)).join('、')}；配置 ${profileName(data.profileId)}，校核日期 ${data.asOf}${confirmedPhotoText(data.confirmedPhotoFindings)}`,
      };
    case 'reopened':
      return {
        action: '重新打开',
        content: [`状态：${data.from} → ${data.to}`, ...data.changes.map(changeText)].join('；'),
      };
    case 'unit-changed':
      return {
        action: '修改责任单位',
        content: `责任单位：${data.from ?? '（乡镇）'} → ${data.to ?? '（乡镇）'}`,
      };
    case 'note':
      return { action: '备注', content: data.text };
  }
}

export function describeLedgerEvent(event: LedgerEvent): EventText {
  return describeEvent(event.data);
}

/** The photo findings confirmed at 销号 (issue 14), by photo name and rule title. */
function confirmedPhotoText(findings: readonly PhotoFindingRecord[] | undefined): string {
  if (!findings || findings.length === 0) return '';
  const named = findings.map((finding) => finding.name + '（' + ruleTitle(finding.ruleId) + '）');
  return '；已确认的照片问题：' + named.join('、');
}
