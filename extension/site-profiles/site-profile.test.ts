import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { adapterProfileFor, BUILT_IN_SITE_PROFILES, mergeSiteProfiles, selectorParses, siteProfileChoices, validateSiteProfile, type SiteProfile } from './site-profile';

const parses = selectorParses(new Window().document as unknown as Document);

describe('site profiles', () => {
  it('built-in profiles are valid, selectors included', () => {
    for (const data of BUILT_IN_SITE_PROFILES) expect(validateSiteProfile(data, parses)).toMatchObject({ ok: true });
    expect(siteProfileChoices().map((c) => c.id)).toEqual(['element-ui', 'legacy-table', 'layui', 'element-plus', 'ant-design-vue', 'view-ui', 'bootstrap']);
  });

  it('refuse unknown field ids, unparsable selectors and unknown keys', () => {
    const base = BUILT_IN_SITE_PROFILES[0] as SiteProfile;
    expect(validateSiteProfile({ ...base, labelSynonyms: { notAField: ['x'] } })).toMatchObject({ ok: false, problems: [{ path: 'notAField' }] });
    expect(validateSiteProfile({ ...base, ignore: ['div[['] }, parses)).toMatchObject({ ok: false, problems: [{ path: 'ignore.0' }] });
    expect(validateSiteProfile({ ...base, surprise: true })).toMatchObject({ ok: false });
  });

  it('merge lists without repeats and join synonyms per field; auto uses every built-in profile', () => {
    const [a, b] = BUILT_IN_SITE_PROFILES as SiteProfile[];
    if (!a || !b) throw new Error('two built-in profiles expected');
    const merged = mergeSiteProfiles([
      { ...a, labelSynonyms: { approvalNo: ['批复文号'] } },
      { ...b, labelSynonyms: { approvalNo: ['批复文号', '批文'] } },
    ]);
    expect(merged.labelSynonyms.approvalNo).toEqual(['批复文号', '批文']);
    expect(merged.tabPanes.filter((s) => s === '[role=tabpanel]')).toHaveLength(1);
    expect(adapterProfileFor('auto').profile.names).toHaveLength(BUILT_IN_SITE_PROFILES.length);
    // The strictest minimum of fields wins; a profile without the kit keys (an older upload) still validates.
    expect(adapterProfileFor('auto').profile.minFields).toBe(8);
    const { labels: _labels, renderedSelects: _selects, uploadLists: _lists, sections: _sections, sectionHeadings: _headings, minFields: _min, ...older } = a;
    expect(validateSiteProfile(older)).toMatchObject({ ok: true, profile: { labels: [], minFields: 8 } });
    expect(adapterProfileFor('legacy-table').profile.names).toEqual([b.name]);
  });
});
