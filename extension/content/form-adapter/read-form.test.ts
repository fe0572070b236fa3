import { describe, expect, it } from 'vitest';
import { PHOTO_COUNT_UNKNOWN } from './control-value';
import { recordOfForm } from './form-record';
import { fieldOfControl, readForm } from './read-form';
import { defaultAdapterContext, loadPage } from './testing/load-fixture';

/** Small synthetic pages, one per control kind and pairing route. */
async function read(body: string): Promise<Record<string, string>> {
  const page = await loadPage(`<!doctype html><html><head><style>.hide{display:none}</style></head><body>${body}</body></html>`);
  const reading = readForm(page.document, defaultAdapterContext());
  return Object.fromEntries([...reading.fields].map(([field, r]) => [field, r.text]));
}

const row = (label: string, value: string): string => `<table><tr><td>${label}</td><td>${value}</td></tr></table>`;

describe('pairing a control with its label', () => {
  it('by the label cell before it in the row, consuming pairs left to right', async () => {
    expect(await read('<table><tr><td>*批准文号：</td><td><input value="川府土〔2023〕12号"></td><td>村</td><td>村</td></tr></table>')).toEqual({
      approvalNo: '川府土〔2023〕12号',
      village: '村',
    });
  });

  it('by the descriptions th beside the value cell, whose form item has an empty label', async () => {
    const html = `<table class="el-descriptions__table"><tr><th class="el-descriptions-item__label"> 批准 时间 </th><td class="el-descriptions-item__content">
      <div class="el-form-item"><label class="el-form-item__label"></label><div class="el-form-item__content"><div class="el-date-editor"><input class="el-input__inner" readonly value="2022-08-01 00:00:00"></div></div></div></td></tr></table>`;
    expect(await read(html)).toEqual({ approvalDate: '2022-08-01 00:00:00' });
  });

  it('by <label for>, a wrapping <label> and a non-empty .el-form-item__label', async () => {
    const html = `<label for="a">立案编号</label><input id="a" value="X1">
      <label>案件编号 <input value="ignored-duplicate"></label>
      <label>处罚决定书文号<textarea>罚〔2023〕1号</textarea></label>
      <div class="el-form-item"><label class="el-form-item__label">违法用地矢量范围</label><div class="el-form-item__content"><input type="file"></div></div>`;
    expect(await read(html)).toEqual({ caseNo: 'X1', penaltyNo: '罚〔2023〕1号', vectorFile: '' });
  });

  it('never pairs the column headers of a list with each other', async () => {
    expect(
      await read('<table><thead><tr><td>图斑编号</td><td>行政区代码</td></tr></thead><tbody><tr><th>批准文号</th><th>批准时间</th></tr><tr><td>130403</td><td>130403</td></tr></tbody></table>'),
    ).toEqual({});
  });

  it('reads a sub-label in the context of the group cell before it (拆除复耕 › 面积)', async () => {
    expect(await read('<table><tr><td>拆除复耕</td><td>面积</td><td><input value="2.5"></td></tr></table>')).toEqual({ reclaimedArea: '2.5' });
  });
});

describe('reading each kind of control', () => {
  it('a native select by its shown text; a placeholder option is empty', async () => {
    expect(await read(row('合法性判定：', '<select><option value="">--请选择--</option><option value="2" selected>违法</option></select>'))).toEqual({ verdict: '违法' });
    expect(await read(row('整改措施：', '<select><option value="">--请选择--</option><option>拆除</option></select>'))).toEqual({ rectMeasure: '' });
  });

  it('radio groups: the checked option by wrapping label, label for, or the text after it; none checked is empty', async () => {
    expect(await read(row('是否大棚房', '<label><input type="radio" name="a" value="1">是</label><label><input type="radio" name="a" value="0" checked>否</label>'))).toEqual({ flagGreenhouse: '否' });
    expect(await read(row('是否挖湖造景', '<input type="radio" id="y" name="b" checked><label for="y">是</label><input type="radio" id="n" name="b"><label for="n">否</label>'))).toEqual({
      flagLandscapeLake: '是',
    });
    expect(await read(row('是否基金项目', '<input type="radio" name="c" value="y" checked> 是 <input type="radio" name="c" value="n"> 否'))).toEqual({ flagFundProject: '是' });
    expect(await read(row('是否立案', '<label><input type="radio" name="d">是</label><label><input type="radio" name="d">否</label>'))).toEqual({ caseFiled: '' });
  });

  it('Element radios marked by is-checked, and the option text in .el-radio__label', async () => {
    const html = row(
      '是否结案',
      `<label class="el-radio"><span class="el-radio__input"><input type="radio" class="el-radio__original" value="是"></span><span class="el-radio__label">是</span></label>
      <label class="el-radio is-checked"><span class="el-radio__input"><input type="radio" class="el-radio__original" value="否"></span><span class="el-radio__label">否</span></label>`,
    );
    expect(await read(html)).toEqual({ caseClosed: '否' });
  });

  it('checkboxes: checked options joined; a lone box without text reads 是 or 否', async () => {
    expect(await read(row('是否移交', '<input type="checkbox" checked>'))).toEqual({ transferred: '是' });
    expect(await read(row('是否移交', '<input type="checkbox">'))).toEqual({ transferred: '否' });
    expect(await read(row('移交部门', '<label><input type="checkbox" checked>农业农村</label><label><input type="checkbox" checked>林草</label><label><input type="checkbox">水利</label>'))).toEqual({
      transferDept: '农业农村、林草',
    });
  });

  it('text inputs, textareas and readonly select / date inputs by their value, not their placeholder', async () => {
    expect(await read(row('具体情形', '<div class="el-select"><input class="el-input__inner" readonly placeholder="请选择" value=""></div>'))).toEqual({ verdictDetail: '' });
    expect(await read(row('判定依据说明', '<textarea>  已批  </textarea>'))).toEqual({ verdictBasis: '已批' });
  });

  it('cascading selects in one cell join as levels; labels 违法类型一级/二级 join too', async () => {
    expect(await read(row('违法类型', '<input value="非法占地"><input value="少批多占"><input value="">'))).toEqual({ violationType: '非法占地/少批多占' });
    expect(await read('<table><tr><td>违法类型二级</td><td><input value="少批多占"></td><td>违法类型一级</td><td><input value=""></td></tr></table>')).toEqual({ violationType: '/少批多占' });
  });

  it('read-only values shown as text, without validation messages or unit words', async () => {
    expect(await read(row('图斑编号', '<span>130403SJBG23210183</span>'))).toEqual({ patchId: '130403SJBG23210183' });
    expect(await read(row('违法面积', '<span></span><span>亩</span>'))).toEqual({ violationArea: '' });
    expect(await read(row('实地核查时间', '<input value=""><div class="el-form-item__error">请填写实地核查时间</div>'))).toEqual({ fieldCheckDate: '' });
  });

  it('photo counts from thumbnails, from upload-list items, or from the tab title', async () => {
    expect(await read(row('现场照片', '<div class="img-row"><img src="data:,"><img src="data:,"><img src="data:,"></div>'))).toEqual({ photoCount: '3' });
    expect(
      await read(
        row('现场照片', '<ul class="el-upload-list"><li class="el-upload-list__item"><img src="data:,"></li><li class="el-upload-list__item"><img src="data:,"></li></ul><input type="file">'),
      ),
    ).toEqual({ photoCount: '2' });
    expect(await read('<div class="el-tabs__item">现场照片(4)</div><div class="el-tabs__item">附件管理(1)</div>')).toEqual({ photoCount: '4' });
    expect(await read(row('照片数', '<input value="5">'))).toEqual({ photoCount: '5' });
  });
});

describe('what is visible, what is not the form', () => {
  it('skips hidden branches; of the same field twice, the visible one wins', async () => {
    const html = `<div class="hide">${row('判定依据说明', '<textarea>hidden branch</textarea>')}</div>${row('判断依据说明', '<textarea>shown branch</textarea>')}
      <div hidden>${row('立案编号', '<input value="x">')}</div>`;
    expect(await read(html)).toEqual({ verdictBasis: 'shown branch' });
  });

  it('keeps fields of an inactive tab pane (display:none), as the record does not change on a tab switch', async () => {
    expect(await read(`<div role="tabpanel" style="display:none">${row('批准文号', '<input value="A">')}</div>`)).toEqual({ approvalNo: 'A' });
  });

  it("never reads dropdown lists, picker panels or the extension's own UI", async () => {
    const html = `<div class="el-select-dropdown">${row('批准文号', '<input value="A">')}</div><div data-tuban-lint-root>${row('立案编号', '<input value="B">')}</div>`;
    expect(await read(html)).toEqual({});
  });
});

describe('the record of a form', () => {
  it('marks every found field present, reads units beside values, keeps empty controls as unanswered', async () => {
    const page = await loadPage(`<body>${row('违法面积', '<input value="1.5"><span>公顷</span>')}${row('批准文号', '<input value="">')}</body>`);
    const record = recordOfForm(readForm(page.document, defaultAdapterContext()), 'mu');
    expect([...record.present].sort()).toEqual(['approvalNo', 'violationArea']);
    expect(record.values.violationArea).toMatchObject({ kind: 'area', readings: [{ unit: 'ha', value: 1.5 }] });
    expect(record.values.approvalNo).toBeUndefined();
  });
});

describe('the field of a file input', () => {
  it('by its row label, its form item, or the title of the dialog it sits in', async () => {
    const page = await loadPage(`<body>${row('坐标文件：', '<input type="file" id="a">')}
      <div class="el-dialog"><span class="el-dialog__title">上传违法用地矢量范围</span><div class="el-upload"><input type="file" id="b" style="display:none"></div></div>
      <div class="el-dialog"><span class="el-dialog__title">上传照片</span><input type="file" id="c"></div></body>`);
    const context = defaultAdapterContext();
    const input = (id: string): Element => page.document.getElementById(id) as Element;
    expect(fieldOfControl(input('a'), context)).toBe('vectorFile');
    expect(fieldOfControl(input('b'), context)).toBe('vectorFile');
    expect(fieldOfControl(input('c'), context)).toBeUndefined();
  });
});

describe('generic pairing for layouts no route knows (issue 16)', () => {
  it('a label followed by a sibling wrapper in its item; the item holds exactly one label', async () => {
    const html = `<div class="item"><label>批准文号</label><div class="wrap"><input value="A1"></div></div>
      <div class="item"><span class="x"><label>立案编号</label></span><div class="wrap"><div><input value="B2"></div></div></div>
      <div class="row"><label>处罚决定书文号</label><label>案件编号</label><div><input value="never paired"></div></div>`;
    expect(await read(html)).toEqual({ approvalNo: 'A1', caseNo: 'B2' });
  });

  it('issued text after a label; several controls after one label read in document order', async () => {
    expect(await read('<div><label>图斑编号</label><div class="mid">370683SJBG23000123</div></div>')).toEqual({ patchId: '370683SJBG23000123' });
    expect(await read('<div><label>违法类型</label><div><input value="非法占地"></div><div><input value="未批先建"></div></div>')).toEqual({ violationType: '非法占地/未批先建' });
  });

  it('aria-labelledby and aria-label name a control; a placeholder names one only when nothing else does', async () => {
    const html = `<span id="t">批准时间</span><div><input aria-labelledby="t" value="2022-09-01"></div>
      <input aria-label="立案编号" value="C3">
      <input placeholder="请输入处罚决定书文号" value="罚〔2023〕1号">
      <div><label>案件编号</label><div><input placeholder="请输入批准文号" value="D4"></div></div>`;
    expect(await read(html)).toEqual({ approvalDate: '2022-09-01', caseNo: 'D4', penaltyNo: '罚〔2023〕1号' });
  });

  it('a required mark after the label (Bootstrap) or inside it (layui) is not part of it', async () => {
    expect(await read('<div><label for="n">批准文号 <span class="text-danger">*</span></label><input id="n" value="A"></div>')).toEqual({ approvalNo: 'A' });
    expect(await read('<div><label><span class="must">*</span>批准文号</label><div><input value="B"></div></div>')).toEqual({ approvalNo: 'B' });
  });

  it('a hidden native select is the truth (its code mapped to the option text), not its drawn copy', async () => {
    const page =
      await loadPage(`<body><div><label>判定类型</label><div><select style="display:none"><option value="">请选择</option><option value="1">合法</option><option value="2">违法</option></select>
      <div class="drawn"><input readonly value="合法"></div></div></div></body>`);
    // As layui's dd click does: the code set on the hidden select, no event, the drawn copy not yet redrawn.
    (page.document.querySelector('select') as HTMLSelectElement).value = '2';
    expect(readForm(page.document, defaultAdapterContext()).fields.get('verdict')?.text).toBe('违法');
  });

  it('hidden radios followed by their drawn option: checked state and the title or drawn text', async () => {
    const html = `<div><label>是否大棚房</label><div><input type="radio" name="g" value="1" title="是" style="display:none"><div>是</div><input type="radio" name="g" value="0" style="display:none" checked><div>否</div></div></div>`;
    expect(await read(html)).toEqual({ flagGreenhouse: '否' });
  });

  it('photos: an empty preview list is 0, thumbnails and file names count, an upload button alone is unknown', async () => {
    expect(await read('<div><label>现场照片</label><div><button type="button">上传图片</button><input type="file" style="display:none"><div class="layui-upload-list"></div></div></div>')).toEqual({
      photoCount: '0',
    });
    expect(await read('<div><label>现场照片</label><div><button type="button">上传图片</button><div class="layui-upload-list"><img src="data:,"><img src="data:,"></div></div></div>')).toEqual({
      photoCount: '2',
    });
    expect(await read('<div><label>现场照片</label><div><input type="file" multiple><ul class="ivu-upload-list"><li class="ivu-upload-list-file">a.jpg</li></ul></div></div>')).toEqual({
      photoCount: '1',
    });
    expect(await read('<div><label>现场照片</label><div><button type="button">上传图片</button><input type="file" style="display:none"></div></div>')).toEqual({ photoCount: PHOTO_COUNT_UNKNOWN });
    expect(await read('<div><label>现场照片</label><div><span>共 3 张</span></div></div>')).toEqual({ photoCount: '3' });
  });

  it('a rendered select without a native one reads its chosen text, never its placeholder', async () => {
    const select = (shown: string): string =>
      `<div class="ant-form-item"><div class="ant-form-item-label"><label for="v">判定类型</label></div><div class="ant-form-item-control"><div class="ant-select"><span class="ant-select-selection-search"><input id="v" readonly role="combobox" value=""></span>${shown}</div></div></div>`;
    expect(await read(select('<span class="ant-select-selection-item" title="违法">违法</span>'))).toEqual({ verdict: '违法' });
    expect(await read(select('<span class="ant-select-selection-placeholder">请选择</span>'))).toEqual({ verdict: '' });
    expect(
      await read(
        '<div class="ivu-form-item"><label class="ivu-form-item-label">判定类型</label><div class="ivu-form-item-content"><div class="ivu-select"><div class="ivu-select-selection"><input type="hidden" value="2"><span class="ivu-select-selected-value">违法</span></div></div></div></div>',
      ),
    ).toEqual({ verdict: '违法' });
  });
});
