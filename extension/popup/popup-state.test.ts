import { describe, expect, it } from 'vitest';
import type { ContentToPopupStatus } from '../messages';
import { popupState } from './popup-state';

const status = (fieldsFound: number): ContentToPopupStatus => ({ type: 'content-to-popup/status', fieldsFound, frames: 1, findings: { error: 0, warning: 0, info: 0 }, dismissed: 0, profileName: '全国' });

describe('popup state', () => {
  it('never shows counts on a page that is not a patch form', () => {
    expect(popupState({ pattern: undefined, enabled: false, status: undefined }).kind).toBe('not-a-form');
    expect(popupState({ pattern: 'http://127.0.0.1/*', enabled: true, status: status(0) }).kind).toBe('not-a-form');
    expect(popupState({ pattern: 'http://127.0.0.1/*', enabled: true, status: undefined }).kind).toBe('not-a-form');
  });

  it('offers to enable a site that is not enabled, and shows the form status where it runs', () => {
    expect(popupState({ pattern: 'http://10.0.0.5:8090/*', enabled: false, status: undefined })).toEqual({ kind: 'not-enabled', pattern: 'http://10.0.0.5:8090/*' });
    expect(popupState({ pattern: 'http://10.0.0.5:8090/*', enabled: true, status: status(30) }).kind).toBe('active');
  });
});
