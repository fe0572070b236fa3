import { defineGeometryRule } from '../define-geometry-rule';
import { READ_PROBLEM_MESSAGES } from '../read-problem-messages';

/**
 * Found while reading (read-coordinate-txt.ts checks the sections and the [属性描述] values, where
 * it knows the lines): the rule declares the reader's messages so each renders, and checks nothing
 * more itself.
 */
export default defineGeometryRule({
  id: 'geom-header-invalid',
  title: '坐标文件头有误',
  severity: 'error',
  description: 'TXT 缺少 [属性描述] 或 [地块坐标]，或 坐标系 不是 2000国家大地坐标系、几度分带 不是 3 或 6、投影类型 不是 高斯克吕格、计量单位 不是 米（读取时检查）。',
  messages: READ_PROBLEM_MESSAGES['geom-header-invalid'],
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: 'S1 要求报送标准格式的违法用地矢量范围；坐标交换格式由 [属性描述] 与 [地块坐标] 两节组成，属性描述须写明 坐标系=2000国家大地坐标系、几度分带=3 或 6、投影类型=高斯克吕格、计量单位=米（coordinate-txt.md）。1980西安、1954北京坐标系须先转换。',
  },
});
