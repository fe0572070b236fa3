import { testRule } from '../../tests/support/rule-tester';
import rule from './region-code-format';

testRule(rule, {
  valid: [
    { name: 'county, 6 digits', record: { regionCode: '130403' } },
    { name: 'township, 9 digits', record: { regionCode: '371002001' } },
    { name: 'full-width digits and spaces as pasted', record: { regionCode: ' ３７１００２ ' } },
    { name: 'a number cell', record: { regionCode: 510104 } },
    { name: '82 澳门 is a province-level code', record: { regionCode: '820001' } },
    { name: 'inside a province profile', record: { regionCode: '371002' }, profile: { region: { allowedPrefixes: ['37'] } } },
    { name: 'inside one of a city profile\'s prefixes', record: { regionCode: '371082' }, profile: { region: { allowedPrefixes: ['3709', '3710'] } } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { regionCode: '13040', patchKind: '矿产' }, errors: [{ messageId: 'format' }] },
    { name: 'empty', record: {}, errors: [{ messageId: 'empty', fields: ['regionCode'] }] },
    { name: '5 digits', record: { regionCode: '13040' }, errors: [{ messageId: 'format', fields: ['regionCode'], data: { code: '13040' } }] },
    { name: '7 digits', record: { regionCode: '1304031' }, errors: [{ messageId: 'format' }] },
    { name: '12-digit statistical code', record: { regionCode: '130403001000' }, errors: [{ messageId: 'format' }] },
    { name: 'a name, not a code', record: { regionCode: '威海市环翠区' }, errors: [{ messageId: 'format', data: { code: '威海市环翠区' } }] },
    { name: 'letters in it', record: { regionCode: '13O403' }, errors: [{ messageId: 'format' }] },
    { name: 'no province 10', record: { regionCode: '100101' }, errors: [{ messageId: 'unknownProvince', data: { code: '100101', province: '10' } }] },
    { name: 'no province 66', record: { regionCode: '660101001' }, errors: [{ messageId: 'unknownProvince', data: { province: '66' } }] },
    {
      name: 'outside a province profile',
      record: { regionCode: '510104' },
      profile: { region: { allowedPrefixes: ['37'] } },
      errors: [{ messageId: 'outsideRegion', fields: ['regionCode'], data: { code: '510104', allowed: '37' } }],
    },
    {
      name: 'outside a city profile, same province',
      record: { regionCode: '370102' },
      profile: { region: { allowedPrefixes: ['3709', '3710'] } },
      errors: [{ messageId: 'outsideRegion', data: { allowed: '3709、3710' } }],
    },
  ],
  notApplicable: [{ name: 'sheet without 行政区代码', record: {}, absent: ['regionCode'] }],
});
