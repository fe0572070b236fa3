import { STATIC_ORIGINS } from '../settings/settings-schema';

/** The id of the dynamic registration for the origins the user granted on the options page. */
export const PLATFORM_SCRIPT_ID = 'tuban-lint-platform';

/** Granted host origins that the static content script does not already cover. */
export function originsToRegister(granted: readonly string[]): string[] {
  return [...new Set(granted.filter((origin) => !STATIC_ORIGINS.includes(origin) && /^https?:\/\//u.test(origin)))].sort();
}

/**
 * Registers the content script for exactly the origins the user has granted (least privilege: no
 * host access at install; the user grants each platform origin on the options page), in every
 * frame, persisting across browser sessions. Returns the registered origins.
 */
export async function syncContentScripts(scriptPath: string): Promise<string[]> {
  const granted = (await chrome.permissions.getAll()).origins ?? [];
  const origins = originsToRegister(granted);
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [PLATFORM_SCRIPT_ID] });
  if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [PLATFORM_SCRIPT_ID] });
  if (origins.length > 0) {
    await chrome.scripting.registerContentScripts([
      { id: PLATFORM_SCRIPT_ID, js: [scriptPath], matches: origins, allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return origins;
}

/**
 * Injects the content script into tabs already open on newly granted origins, so the user need not
 * reload the platform page. The injection guard in the content script refuses a second copy.
 */
export async function injectIntoOpenTabs(scriptPath: string, origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const tabs = await chrome.tabs.query({ url: [...origins] });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [scriptPath] });
      } catch {
        // A tab that cannot take scripts (an error page, a discarded tab) keeps working without us.
      }
    }),
  );
}
