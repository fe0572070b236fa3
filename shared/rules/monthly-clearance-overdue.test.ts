import { testRule } from '../../tests/support/rule-tester';
import rule from './monthly-clearance-overdue';
import { builtInProfile } from '../profiles/profiles';

// 月清 is 威海's (S4): the national profile runs none.
const WEIHAI = { calendar: builtInProfile('shandong-weihai-2023').calendar };

// 威海's 月清: issued by the 20th → filed by the 24th, since 2023. Audit date 2024-06-30 unless given.
testRule(rule, {
  valid: [
    { profile: WEIHAI, name: 'issued 05-20, filed 05-24 (the due day itself)', record: { issuedAt: '2023-05-20', filedAt: '2023-05-24' } },
    { profile: WEIHAI, name: 'issued 05-21 falls in June: filed 06-10', record: { issuedAt: '2023-05-21', filedAt: '2023-06-10' } },
    { profile: WEIHAI, name: 'due day not yet passed on the audit date', record: { issuedAt: '2024-06-10' }, asOf: '2024-06-24' },
    { profile: WEIHAI, name: 'before the rule’s first year', record: { issuedAt: '2022-05-10' } },
    { profile: WEIHAI, name: 'a 矿产 patch', record: { issuedAt: '2023-05-10', patchKind: '矿产' } },
    { profile: WEIHAI, name: 'a patch type 月清 does not name', record: { issuedAt: '2023-05-10', patchType: '疑似违法类' } },
    { profile: WEIHAI, name: 'batch month without a day: filed by that month’s 24th', record: { batch: '2023年5月', filedAt: '2023-05-23' }, absent: ['issuedAt'] },
    { profile: WEIHAI, name: 'a batch naming only a quarter gives no round', record: { batch: '2023年第二季度' }, absent: ['issuedAt'] },
    { name: 'profile without a 月清 rule', record: { issuedAt: '2023-05-10' }, profile: { calendar: { years: {} } } },
  ],
  invalid: [
    {
      profile: WEIHAI,
      name: 'issued 05-10, never filed',
      record: { issuedAt: '2023-05-10', patchType: '新增非农建设类' },
      errors: [{ messageId: 'notFiled', fields: ['filedAt'], data: { month: '2023-05', due: '2023-05-24' } }],
    },
    { profile: WEIHAI, name: 'issued 05-10, filed 05-25', record: { issuedAt: '2023-05-10', filedAt: '2023-05-25' }, errors: [{ messageId: 'filedLate', data: { due: '2023-05-24', filedAt: '2023-05-25' } }] },
    { profile: WEIHAI, name: 'issued 05-28, due 06-24, filed 06-30', record: { issuedAt: '2023-05-28', filedAt: '2023-06-30' }, errors: [{ messageId: 'filedLate', data: { month: '2023-06', due: '2023-06-24' } }] },
    { profile: WEIHAI, name: 'December round issued after the 20th rolls into January', record: { issuedAt: '2023-12-22' }, errors: [{ messageId: 'notFiled', data: { month: '2024-01', due: '2024-01-24' } }] },
    { profile: WEIHAI, name: 'no 下发时间: the 批次 month', record: { batch: '2023-07' }, absent: ['issuedAt'], errors: [{ messageId: 'notFiled', data: { due: '2023-07-24' } }] },
    { profile: WEIHAI, name: 'type written without 类', record: { issuedAt: '2023-05-10', patchType: '其他变化' }, errors: [{ messageId: 'notFiled' }] },
  ],
  notApplicable: [
    { profile: WEIHAI, name: 'sheet without a 填报时间 column', record: { issuedAt: '2023-05-10' }, absent: ['filedAt'] },
    { profile: WEIHAI, name: 'sheet with neither 下发时间 nor 批次', record: { filedAt: '2023-05-30' }, absent: ['issuedAt', 'batch'] },
  ],
});
