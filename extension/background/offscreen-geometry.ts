import {
  OffscreenToBackgroundBoundaryResultSchema,
  OffscreenToBackgroundPhotosResultSchema,
  parseMessage,
  type BackgroundToOffscreenCheckBoundaryFile,
  type BackgroundToOffscreenCheckPhotos,
  type BoundaryResult,
  type PhotosResult,
} from '../messages';

/** The offscreen document that owns the geometry Worker (built as an extra page: extension/vite.config.ts). */
export const OFFSCREEN_PATH = 'extension/offscreen/offscreen.html';

let creating: Promise<void> | undefined;

async function hasOffscreenDocument(): Promise<boolean> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [url] });
  return contexts.length > 0;
}

/** Creates the offscreen document once, even when several tabs ask at the same time. */
export async function ensureOffscreenDocument(): Promise<void> {
  if (await hasOffscreenDocument()) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.WORKERS],
      justification: '在后台检查违法用地矢量范围文件（坐标 TXT、SHP、GeoJSON）和现场照片的拍摄信息，不阻塞页面。',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** Runs the boundary check in the offscreen document's Worker and validates its answer. */
export async function checkInOffscreen(message: BackgroundToOffscreenCheckBoundaryFile): Promise<BoundaryResult> {
  await ensureOffscreenDocument();
  const reply: unknown = await chrome.runtime.sendMessage(message);
  const parsed = parseMessage(OffscreenToBackgroundBoundaryResultSchema, reply);
  return parsed ? parsed.result : { ok: false, error: '几何检查没有有效应答' };
}

/** Runs the photo check (EXIF and photo rules) in the offscreen document's Worker and validates its answer. */
export async function checkPhotosInOffscreen(message: BackgroundToOffscreenCheckPhotos): Promise<PhotosResult> {
  await ensureOffscreenDocument();
  const reply: unknown = await chrome.runtime.sendMessage(message);
  const parsed = parseMessage(OffscreenToBackgroundPhotosResultSchema, reply);
  return parsed ? parsed.result : { ok: false, error: '照片检查没有有效应答' };
}
