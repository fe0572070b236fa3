import { isYes } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'military-land-separate',
  title: '军用土地另行报送',
  severity: 'info',
  description: '军用土地图斑（是否军用土地为是）须填写《军用土地登记表》，以机要件单独上报，不在普通填报中报送。',
  fields: ['militaryLand'],
  patchKinds: 'both',
  messages: {
    separateReport: '军用土地图斑：请填写《军用土地登记表》，以机要件单独上报。',
  },
  source: {
    tag: 'seed',
    refs: ['S1'],
    note: 'S1: 对军用土地图斑，要填写《军用土地登记表》，以机要件单独上报。',
  },
  check(record) {
    return isYes(record, 'militaryLand') ? [{ messageId: 'separateReport', fields: ['militaryLand'] }] : [];
  },
});
