import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  BackgroundToContentBoundaryResultSchema,
  BackgroundToOffscreenMessageSchema,
  bytesToBase64,
  ContentToPopupStatusSchema,
  MAX_BOUNDARY_FILE_BYTES,
  parseMessage,
  PopupToContentMessageSchema,
  ToBackgroundMessageSchema,
} from './messages';

describe('messages between contexts', () => {
  it('accept well-formed messages of each direction', () => {
    expect(parseMessage(ToBackgroundMessageSchema, { type: 'content-to-background/check-boundary-file', fileName: 'a.txt', bytesBase64: 'QUJD', expectedArea: { field: 'violationArea', hectares: 0.2 } })).toBeDefined();
    expect(parseMessage(ToBackgroundMessageSchema, { type: 'options-to-background/sync-content-scripts' })).toBeDefined();
    expect(parseMessage(BackgroundToOffscreenMessageSchema, { type: 'background-to-offscreen/check-boundary-file', fileName: 'a.txt', bytesBase64: '', profile: {} })).toBeDefined();
    expect(parseMessage(PopupToContentMessageSchema, { type: 'popup-to-content/status-request' })).toBeDefined();
    expect(
      parseMessage(ContentToPopupStatusSchema, { type: 'content-to-popup/status', fieldsFound: 3, frames: 1, findings: { error: 1, warning: 0, info: 2 }, dismissed: 0, profileName: '全国默认' }),
    ).toBeDefined();
    expect(
      parseMessage(BackgroundToContentBoundaryResultSchema, {
        type: 'background-to-content/boundary-result',
        result: { ok: true, check: { fileName: 'a.txt', format: 'txt', readable: true, parcels: 1, areaHa: 0.2, findings: [] } },
      }),
    ).toBeDefined();
  });

  it('refuse a wrong direction, extra keys, bad values and oversized files', () => {
    expect(parseMessage(ToBackgroundMessageSchema, { type: 'popup-to-content/status-request' })).toBeUndefined();
    expect(parseMessage(PopupToContentMessageSchema, { type: 'popup-to-content/status-request', extra: 1 })).toBeUndefined();
    expect(parseMessage(ToBackgroundMessageSchema, { type: 'content-to-background/check-boundary-file', fileName: '', bytesBase64: 'QUJD' })).toBeUndefined();
    expect(parseMessage(ToBackgroundMessageSchema, { type: 'content-to-background/check-boundary-file', fileName: 'a', bytesBase64: '<script>' })).toBeUndefined();
    expect(parseMessage(ToBackgroundMessageSchema, { type: 'content-to-background/check-boundary-file', fileName: 'a', bytesBase64: 'QUJD', expectedArea: { field: 'remark', hectares: 1 } })).toBeUndefined();
    const tooBig = 'A'.repeat(Math.ceil(MAX_BOUNDARY_FILE_BYTES / 3) * 4 + 4);
    expect(parseMessage(ToBackgroundMessageSchema, { type: 'content-to-background/check-boundary-file', fileName: 'a', bytesBase64: tooBig })).toBeUndefined();
    expect(parseMessage(ContentToPopupStatusSchema, { type: 'content-to-popup/status', fieldsFound: -1, frames: 1, findings: { error: 0, warning: 0, info: 0 }, dismissed: 0, profileName: '' })).toBeUndefined();
    expect(parseMessage(ToBackgroundMessageSchema, null)).toBeUndefined();
  });

  it('carry bytes as base64 both ways, in chunks', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new TextEncoder().encode('ABC'))).toBe('QUJD');
  });
});
