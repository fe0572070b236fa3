import { describe, expect, it } from 'vitest';
import type { LedgerEventData } from '../db/schema';
import { changeText, describeEvent } from './event-text';

describe('describeEvent', () => {
  const cases: [LedgerEventData, string, string][] = [
    [{ kind: 'created', state: '待整改', values: {}, importId: 3, row: 12 }, '导入录入', '状态：待整改；表格第 12 行'],
    [{ kind: 'created', state: '待验收', values: {} }, '手工录入', '状态：待验收'],
    [
      {
        kind: 'updated',
        changes: [
          { field: 'rectMeasure', from: '拆除', to: '拆除复耕' },
          { field: 'approvalNo', to: '鲁政土字〔2023〕12号' },
        ],
      },
      '修改',
      '整改措施：拆除 → 拆除复耕；批准文号：（空） → 鲁政土字〔2023〕12号',
    ],
    [
      {
        kind: 'updated',
        changes: [{ field: 'remark', from: '旧' }],
        importId: 2,
      },
      '重新导入',
      '备注：旧 → （空）',
    ],
    [{ kind: 'transition', from: '待整改', to: '整改中' }, '开始整改', '状态：待整改 → 整改中'],
    [{ kind: 'transition', from: '整改中', to: '待验收' }, '提交验收', '状态：整改中 → 待验收'],
    [{ kind: 'transition', from: '待验收', to: '整改中' }, '验收不通过', '状态：待验收 → 整改中'],
    [
      {
        kind: 'evidence-added',
        evidenceId: 1,
        evidenceKind: 'photo',
        name: 'a.jpg',
      },
      '添加证明材料',
      '照片：a.jpg',
    ],
    [
      {
        kind: 'evidence-removed',
        evidenceId: 1,
        evidenceKind: 'document',
        name: '意见.pdf',
      },
      '删除证明材料',
      '文件：意见.pdf',
    ],
    [
      {
        kind: 'closed',
        from: '待验收',
        photoCount: 2,
        checkedRules: ['fine-overcollected', 'photo-required-for-demolition'],
        profileId: 'national',
        asOf: '2024-01-31',
      },
      '销号',
      '状态：待验收 → 已销号；照片 2 张；校核规则 罚没收缴超罚款、拆除复耕未附照片；配置 全国（自然资源部通知取值），校核日期 2024-01-31',
    ],
    [
      {
        kind: 'reopened',
        from: '已销号',
        to: '整改中',
        changes: [{ field: 'rectResolved', from: '是', to: '否' }],
      },
      '重新打开',
      '状态：已销号 → 整改中；是否消除违法状态：是 → 否',
    ],
    [{ kind: 'unit-changed', to: '县交通局' }, '修改责任单位', '责任单位：（乡镇） → 县交通局'],
    [{ kind: 'note', text: '已约谈当事人' }, '备注', '已约谈当事人'],
  ];
  it.each(cases)('%j', (data, action, content) => {
    expect(describeEvent(data)).toEqual({ action, content });
  });

  it('names a field by its preferred dictionary label', () => {
    expect(
      changeText({
        field: 'rectPlannedDate',
        from: '2024/3/31',
        to: '2024-04-30',
      }),
    ).toBe('拟完成整改时间：2024/3/31 → 2024-04-30');
  });
});
