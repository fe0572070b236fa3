import { describe, expect, it } from 'vitest';
import { askPersistence, estimateStorage, formatByteSize, type StorageManagerLike } from './storage-persistence';

function fakeStorage(persisted: boolean, grant: boolean) {
  const calls: string[] = [];
  const storage: StorageManagerLike = {
    persisted: async () => {
      calls.push('persisted');
      return persisted;
    },
    persist: async () => {
      calls.push('persist');
      return grant;
    },
    estimate: async () => ({ usage: 1536, quota: 1 << 30 }),
  };
  return { storage, calls };
}

describe('askPersistence', () => {
  it('does not ask again when storage is already persistent', async () => {
    const { storage, calls } = fakeStorage(true, false);
    expect(await askPersistence(storage)).toBe(true);
    expect(calls).toEqual(['persisted']);
  });
  it('asks when it is not, and reports the answer', async () => {
    const granted = fakeStorage(false, true);
    expect(await askPersistence(granted.storage)).toBe(true);
    expect(granted.calls).toEqual(['persisted', 'persist']);
    expect(await askPersistence(fakeStorage(false, false).storage)).toBe(false);
  });
  it('cannot tell without the API, and treats a failure as not persistent', async () => {
    expect(await askPersistence(undefined)).toBeUndefined();
    expect(await askPersistence({})).toBeUndefined();
    expect(await askPersistence({ persisted: () => Promise.reject(new Error('denied')), persist: async () => true })).toBe(false);
  });
});

describe('estimateStorage', () => {
  it('reports usage and quota, or nothing without the API', async () => {
    expect(await estimateStorage(fakeStorage(true, true).storage)).toEqual({ usage: 1536, quota: 1 << 30 });
    expect(await estimateStorage({})).toBeUndefined();
    expect(await estimateStorage({ estimate: async () => ({}) })).toBeUndefined();
  });
});

describe('formatByteSize', () => {
  it('uses binary units with one decimal below 100', () => {
    expect(formatByteSize(0)).toBe('0 B');
    expect(formatByteSize(1023)).toBe('1023 B');
    expect(formatByteSize(1536)).toBe('1.5 KB');
    expect(formatByteSize(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatByteSize(150 * 1024 * 1024)).toBe('150 MB');
    expect(formatByteSize(3.25 * 1024 ** 3)).toBe('3.3 GB');
  });
});
