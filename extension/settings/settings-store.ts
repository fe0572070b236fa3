import { readSettings, type Settings } from './settings-schema';

/** chrome.storage.local keys; every key the extension writes starts with this prefix. */
export const STORAGE_PREFIX = 'tuban-lint:';
export const SETTINGS_KEY = `${STORAGE_PREFIX}settings`;

export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(readSettings(change.newValue));
  };
  chrome.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => chrome.storage.onChanged.removeListener(handler), { once: true });
}
