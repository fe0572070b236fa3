/**
 * Persistent storage (issue 5 item 1): without it the browser may evict the ledger under storage
 * pressure. The app asks once per start; the answer and the space used are shown on #/backup.
 */

/** The part of `navigator.storage` used here (absent in old browsers and some private modes). */
export interface StorageManagerLike {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined);
}

/** Whether storage is persistent, asking for it when it is not yet; undefined when the browser cannot tell. */
export async function askPersistence(storage: StorageManagerLike | undefined): Promise<boolean | undefined> {
  if (!storage?.persisted || !storage.persist) return undefined;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

let asked: Promise<boolean | undefined> | undefined;

/** askPersistence for this page, once: the first call asks, later calls get the same answer. */
export function requestPersistentStorage(): Promise<boolean | undefined> {
  asked ??= askPersistence(browserStorage());
  return asked;
}

export interface StorageUse {
  readonly usage: number;
  readonly quota?: number;
}

export async function estimateStorage(storage: StorageManagerLike | undefined = browserStorage()): Promise<StorageUse | undefined> {
  if (!storage?.estimate) return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined ? undefined : { usage, ...(quota !== undefined ? { quota } : {}) };
  } catch {
    return undefined;
  }
}

/** 1536 → “1.5 KB”: binary units, one decimal below 100. */
export function formatByteSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 || value >= 100 ? String(Math.round(value)) : value.toFixed(1);
  return `${text} ${units[unit] ?? 'B'}`;
}
