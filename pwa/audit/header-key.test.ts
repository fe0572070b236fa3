import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../ledger/ledger-test-helpers';
import { forgetMapping, headerKey, headerSet, loadRememberedMappings, overridesOf, rememberMapping } from './header-key';

const headers = (...texts: string[]) => texts.map((header) => ({ header }));

describe('headerKey', () => {
  it('is the same for the same header set, whatever the width of the data or full-width/space differences', () => {
    const a = headerKey(headers('序号', '图斑基本信息 / 图斑编号', '监测面积（亩）', 'XZQDM'));
    expect(headerKey(headers('序号', '图斑基本信息/图斑编号', '监测面积（亩）', 'ＸＺＱＤＭ', '', ''))).toBe(a);
    expect(headerKey(headers(' 序号', '图斑基本信息 /  图斑编号', '监测面积（亩）', 'xzqdm'))).toBe(a);
  });

  it('differs when a header text, the order or a column differs', () => {
    const a = headerKey(headers('序号', '图斑编号', '监测面积'));
    expect(headerKey(headers('序号', '监测面积', '图斑编号'))).not.toBe(a);
    expect(headerKey(headers('序号', '图斑编号', '图斑面积'))).not.toBe(a);
    expect(headerKey(headers('', '序号', '图斑编号', '监测面积'))).not.toBe(a);
    expect(headerKey(headers('序号', '', '图斑编号', '监测面积'))).not.toBe(a);
    // Joining must not make two header sets one: 'a b' + 'c' vs 'a' + 'bc'.
    expect(headerKey(headers('图斑', '编号'))).not.toBe(headerKey(headers('图斑编号')));
  });

  it('keeps inner empty headers and drops trailing ones', () => {
    expect(headerSet(headers('A', '', 'B', '', ''))).toEqual(['a', '', 'b']);
  });
});

describe('overridesOf', () => {
  it('keeps whole-number columns with known fields or null; drops the rest', () => {
    expect(overridesOf({ columns: { '0': 'patchId', '3': null, '4': 'gone-field' as never, x: 'town', '-1': 'town', '2.5': 'town' } })).toEqual({ 0: 'patchId', 3: null });
  });
});

describe('remembered mappings in the mappings table', () => {
  it('remembers, replaces and forgets a correction per header set', async () => {
    const db = freshDb();
    const mapping = headers('序号', '图斑编号', '备注');
    await rememberMapping(db, mapping, { 0: 'plotId', 2: null }, '2024-07-01T08:00:00.000Z');
    const key = headerKey(mapping);
    expect(await db.mappings.get(key)).toEqual({ headerKey: key, headers: ['序号', '图斑编号', '备注'], columns: { '0': 'plotId', '2': null }, updatedAt: '2024-07-01T08:00:00.000Z' });
    expect((await loadRememberedMappings(db)).get(key)).toEqual({ 0: 'plotId', 2: null });

    await rememberMapping(db, mapping, { 2: 'remark' }, '2024-07-02T08:00:00.000Z');
    expect((await loadRememberedMappings(db)).get(key)).toEqual({ 2: 'remark' });
    expect(await db.mappings.count()).toBe(1);

    // Every column back to what was detected: the header set is forgotten.
    await rememberMapping(db, mapping, {}, '2024-07-03T08:00:00.000Z');
    expect(await db.mappings.count()).toBe(0);

    await rememberMapping(db, mapping, { 1: null }, '2024-07-04T08:00:00.000Z');
    await forgetMapping(db, key);
    expect(await db.mappings.count()).toBe(0);
    db.close();
  });
});
