/**
 * The offscreen document (reason WORKERS): owns one module Worker for every tab's boundary-file
 * checks. The page cannot reach it (it lives on the extension origin, not in the page), and it
 * answers only the service worker. Offscreen documents have chrome.runtime and nothing else, so
 * the profile arrives in the message and is validated here again.
 */
import { wrap } from 'comlink';
import { validateProfile } from '../../shared/profiles/profile-schema';
import {
  base64ToBytes,
  BackgroundToOffscreenMessageSchema,
  parseMessage,
  type BackgroundToOffscreenCheckPhotos,
  type BoundaryResult,
  type ExpectedAreaPayload,
  type OffscreenToBackgroundBoundaryResult,
  type OffscreenToBackgroundPhotosResult,
  type PhotosResult,
} from '../messages';
import type { BoundaryWorkerApi } from './geometry-worker';

const worker = new Worker(new URL('./geometry-worker.ts', import.meta.url), { type: 'module', name: 'tuban-lint-geometry' });
const api = wrap<BoundaryWorkerApi>(worker);

async function check(message: { fileName: string; bytesBase64: string; expectedArea?: ExpectedAreaPayload | undefined; profile: unknown }): Promise<BoundaryResult> {
  const profile = validateProfile(message.profile);
  if (!profile.ok) return { ok: false, error: '校核配置无效，无法检查坐标文件' };
  try {
    const bytes = base64ToBytes(message.bytesBase64);
    const expected = message.expectedArea;
    const options = { profile: profile.profile, ...(expected ? { expectedArea: { field: expected.field, hectares: expected.hectares } } : {}) };
    const checkResult = await api.checkBoundaryFile(bytes, message.fileName, options, expected?.units ?? ['ha']);
    return { ok: true, check: checkResult };
  } catch {
    // The error's own text is English and technical: the filer gets one sentence to act on.
    return { ok: false, error: '坐标文件检查时出错，请重新选择文件；仍不行时请将文件另存后再试' };
  }
}

async function checkPhotos(message: BackgroundToOffscreenCheckPhotos): Promise<PhotosResult> {
  const profile = validateProfile(message.profile);
  if (!profile.ok) return { ok: false, error: '校核配置无效，无法检查照片' };
  try {
    const photos = message.photos.map((p) => ({ fileName: p.fileName, bytes: base64ToBytes(p.bytesBase64) }));
    return { ok: true, photos: await api.checkPhotos(photos, message.patch, profile.profile) };
  } catch (error) {
    return { ok: false, error: `照片检查出错：${error instanceof Error ? error.message : String(error)}` };
  }
}

chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  // Only the service worker talks to this document: same extension, not from a tab.
  if (sender.id !== chrome.runtime.id || sender.tab !== undefined) return undefined;
  const message = parseMessage(BackgroundToOffscreenMessageSchema, raw);
  if (!message) return undefined;
  if (message.type === 'background-to-offscreen/check-photos') {
    void checkPhotos(message).then((result) => {
      const reply: OffscreenToBackgroundPhotosResult = { type: 'offscreen-to-background/photos-result', result };
      sendResponse(reply);
    });
    return true;
  }
  void check(message).then((result) => {
    const reply: OffscreenToBackgroundBoundaryResult = { type: 'offscreen-to-background/boundary-result', result };
    sendResponse(reply);
  });
  return true;
});
