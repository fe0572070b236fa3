/**
 * The service worker: keeps the content-script registration in step with the origins the user
 * granted, and relays boundary-file and photo checks from content scripts to the offscreen
 * document's Worker. No network, no host access of its own.
 */
import {
  parseMessage,
  ToBackgroundMessageSchema,
  type BackgroundToContentBoundaryResult,
  type BackgroundToContentPhotosResult,
  type BackgroundToOptionsContentScriptsSynced,
  type BoundaryResult,
  type ContentToBackgroundCheckPhotos,
  type ExpectedAreaPayload,
  type PhotosResult,
} from '../messages';
import { activeProfile } from '../settings/active-profile';
import { loadSettings } from '../settings/settings-store';
import contentScriptPath from '../content/content-script.ts?script';
import { injectIntoOpenTabs, syncContentScripts } from './content-script-registration';
import { checkInOffscreen, checkPhotosInOffscreen } from './offscreen-geometry';

/** Registration changes one at a time (install, startup and permission events can overlap). */
let syncing: Promise<string[]> = Promise.resolve([]);
function sync(): Promise<string[]> {
  syncing = syncing.catch(() => []).then(() => syncContentScripts(contentScriptPath));
  return syncing;
}

chrome.runtime.onInstalled.addListener(() => {
  void sync().then((origins) => injectIntoOpenTabs(contentScriptPath, origins));
});
chrome.runtime.onStartup.addListener(() => void sync());
chrome.permissions.onAdded.addListener((permissions) => {
  void sync().then(() => injectIntoOpenTabs(contentScriptPath, permissions.origins ?? []));
});
chrome.permissions.onRemoved.addListener(() => void sync());

function fromExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  return sender.id === chrome.runtime.id && sender.tab === undefined && (sender.url ?? '').startsWith(chrome.runtime.getURL(''));
}

async function checkBoundary(message: { fileName: string; bytesBase64: string; expectedArea?: ExpectedAreaPayload | undefined }): Promise<BoundaryResult> {
  const { profile } = activeProfile(await loadSettings());
  try {
    return await checkInOffscreen({
      type: 'background-to-offscreen/check-boundary-file',
      fileName: message.fileName,
      bytesBase64: message.bytesBase64,
      ...(message.expectedArea ? { expectedArea: message.expectedArea } : {}),
      profile,
    });
  } catch {
    return { ok: false, error: '坐标文件检查未能运行，请重新选择文件或重新打开本页' };
  }
}

async function checkPhotos(message: ContentToBackgroundCheckPhotos): Promise<PhotosResult> {
  const { profile } = activeProfile(await loadSettings());
  try {
    return await checkPhotosInOffscreen({ type: 'background-to-offscreen/check-photos', photos: message.photos, patch: message.patch, profile });
  } catch (error) {
    return { ok: false, error: `照片检查未能运行：${error instanceof Error ? error.message : String(error)}` };
  }
}

chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return undefined;
  const message = parseMessage(ToBackgroundMessageSchema, raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'content-to-background/check-boundary-file': {
      if (sender.tab === undefined) return undefined;
      void checkBoundary(message).then((result) => {
        const reply: BackgroundToContentBoundaryResult = { type: 'background-to-content/boundary-result', result };
        sendResponse(reply);
      });
      return true;
    }
    case 'content-to-background/check-photos': {
      if (sender.tab === undefined) return undefined;
      void checkPhotos(message).then((result) => {
        const reply: BackgroundToContentPhotosResult = { type: 'background-to-content/photos-result', result };
        sendResponse(reply);
      });
      return true;
    }
    case 'options-to-background/sync-content-scripts': {
      if (!fromExtensionPage(sender)) return undefined;
      void sync().then(
        (origins) => {
          const reply: BackgroundToOptionsContentScriptsSynced = { type: 'background-to-options/content-scripts-synced', origins };
          sendResponse(reply);
        },
        () => sendResponse({ type: 'background-to-options/content-scripts-synced', origins: [] }),
      );
      return true;
    }
  }
});
