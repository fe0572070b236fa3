import { describe, expect, it } from 'vitest';
import { groupUnit, parseUnitLine, unitOnlyLabel, unitWord } from './units';

describe('unit lines', () => {
  it('reads the units a unit line declares', () => {
    expect(parseUnitLine('(单位：亩)')).toEqual({ text: '(单位：亩)', areaUnit: 'mu' });
    expect(parseUnitLine('（单位：公顷、万元）')).toMatchObject({ areaUnit: 'ha', moneyUnit: 'wanyuan' });
    expect(parseUnitLine('面积单位：亩；金额单位：元')).toMatchObject({ areaUnit: 'mu', moneyUnit: 'yuan' });
    expect(parseUnitLine('单位:平方米')).toMatchObject({ areaUnit: 'sqm' });
    expect(parseUnitLine('XX县2023年图斑核查表（单位：亩）')).toMatchObject({ areaUnit: 'mu' });
  });

  it('does not take a form line for a unit line', () => {
    expect(parseUnitLine('填报单位：XX县自然资源局')).toBeUndefined();
    expect(parseUnitLine('单位负责人：张三')).toBeUndefined();
    expect(parseUnitLine('监测面积')).toBeUndefined();
  });

  it('reads unit-only sub-headers and group units', () => {
    expect(unitOnlyLabel('亩')).toBe('mu');
    expect(unitOnlyLabel('（公顷）')).toBe('ha');
    expect(unitOnlyLabel('单位：亩')).toBe('mu');
    expect(unitOnlyLabel('面积')).toBeUndefined();
    expect(groupUnit('拆除复耕（亩）')).toBe('mu');
    expect(groupUnit('拆除复耕')).toBeUndefined();
    expect(unitWord('万元')).toBe('wanyuan');
    expect(unitWord('ＨＡ')).toBe('ha');
  });
});
