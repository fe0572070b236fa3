import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { adapterProfileFor, BUILT_IN_SITE_PROFILES, mergeSiteProfiles, selectorParses, siteProfileChoices, validateSiteProfile, type SiteProfile } from './site-profile';

const parses = selectorParses(new Window().document as unknown as Document);

describe('site profiles', () => {
  it('built-in profiles are valid, selectors included', () => {
    for (const data of BUILT_IN_SITE_PROFILES) expect(validateSiteProfile(data, parses)).toMatchObject({ ok: true });
    expect(siteProfileChoices().map((c) => c.id)).toEqual(['element-ui', 'legacy-table']);
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
    expect(adapterProfileFor('auto').profile.names).toHaveLength(2);
    expect(adapterProfileFor('legacy-table').profile.names).toEqual([b.name]);
  });
});
