/**
 * The content script (one self-contained IIFE file, ≤ 60 kB gzipped — npm run size:extension).
 * Runs in every frame of the demo origins (manifest) and of the origins the user granted
 * (background/content-script-registration.ts). The top document reads its same-origin frames
 * itself, so a frame whose parent is same-origin stands down; a frame under a cross-origin parent
 * runs its own session. No geometry, SheetJS, proj4 or exifr here: the boundary and photo checks go
 * to the background's offscreen Worker.
 */
import { OptionsToContentRecognitionRequestSchema, parseMessage, PopupToContentMessageSchema } from '../messages';
import { loadSettings, onSettingsChanged } from '../settings/settings-store';
import { loadDismissals, saveDismissals } from './dismissals';
import { FormSession } from './form-session';
import { claimDocument, extensionContextAlive, readByParent } from './injection-guard';
import css from './panel/panel.css?inline';
import { loadPanelPlace, savePanelPlace } from './panel/panel-place';

async function main(): Promise<void> {
  if (readByParent(window)) return;
  // One AbortSignal tears everything down: UI, observers, listeners, the injection marker.
  const controller = new AbortController();
  const { signal } = controller;
  if (!claimDocument(document, extensionContextAlive, () => controller.abort(), signal)) return;

  const settings = await loadSettings();
  const session = new FormSession(
    {
      doc: document,
      signal,
      css,
      now: () => new Date(),
      loadDismissals,
      saveDismissals,
      sendBoundaryCheck: (message) => chrome.runtime.sendMessage(message),
      loadPanelPlace,
      savePanelPlace,
      sendPhotoCheck: (message) => chrome.runtime.sendMessage(message),
    },
    settings,
  );
  session.start();
  onSettingsChanged((next) => session.applySettings(next), signal);

  const onMessage = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (response: unknown) => void): undefined => {
    if (sender.id !== chrome.runtime.id) return undefined;
    // The options page, opened in a tab of its own, asks for the 识别情况 of the tab the filer came from.
    if (parseMessage(OptionsToContentRecognitionRequestSchema, message) && sender.url?.startsWith(chrome.runtime.getURL('extension/options/'))) {
      sendResponse(session.recognition());
      return undefined;
    }
    // Only the extension's own pages (the popup) may ask; tabs.sendMessage arrives without a tab.
    if (sender.tab !== undefined) return undefined;
    const request = parseMessage(PopupToContentMessageSchema, message);
    if (request?.type === 'popup-to-content/status-request') sendResponse(session.status());
    return undefined;
  };
  chrome.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    try {
      chrome.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is gone; nothing to remove.
    }
  });
}

void main();
