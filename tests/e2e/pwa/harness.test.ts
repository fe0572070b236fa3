/**
 * The PWA e2e harness checks what it claims, on a page of the server's origin that is not the app
 * (the server's 404 page), so these hold whatever state the app is in: a figure must be a bare
 * number; the request recorder catches a request to another origin, also after a restart; the
 * IndexedDB dump reads Blob bytes; a restart on the same profile keeps IndexedDB and clearing site
 * data empties it.
 */
import { describe, expect, it } from 'vitest';
import { countStore, launchPwa, PWA_E2E_TIMEOUT_MS, readFigure, usePwaSuite, waitForFigure } from '../../support/pwa-harness';

const PROBE = 'harness-probe-not-a-file';

describe('PWA e2e harness', () => {
  const suite = usePwaSuite();

  it(
    'reads figures as bare numbers only, and says what was shown when one is missing or malformed',
    async () => {
      const session = await suite.launch();
      const page = session.page;
      await page.goto(suite.server.url(PROBE));
      await page.evaluate(() => {
        document.body.textContent = '';
        const add = (name: string, text: string) => {
          const span = document.createElement('span');
          span.setAttribute('data-figure', name);
          span.textContent = text;
          document.body.append(span);
        };
        add('a', ' 12 ');
        add('grouped', '1,234');
        add('twice', '3');
        add('twice', '4');
        add('same', '5');
        add('same', '5');
      });
      expect(await readFigure(page, 'a')).toBe(12);
      expect(await readFigure(page, 'same')).toBe(5);
      await expect(readFigure(page, 'grouped')).rejects.toThrow(/not a bare number.*1,234/u);
      await expect(readFigure(page, 'twice')).rejects.toThrow(/different values/u);
      await expect(readFigure(page, 'absent')).rejects.toThrow(/No \[data-figure="absent"\]/u);
      await expect(waitForFigure(page, 'a', 13, { timeoutMs: 300 })).rejects.toThrow(/last: 12/u);
      expect(await waitForFigure(page, 'a', (v) => v > 10, { timeoutMs: 300 })).toBe(12);
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    'records a request to another origin (page and proxy), including after a restart on the same profile',
    async () => {
      // Launched outside the suite: this test leaks on purpose, the suite's after-test check would fail it.
      const session = await launchPwa(suite.server);
      try {
        await session.page.goto(suite.server.url(PROBE));
        expect(session.requests.offending()).toEqual([]);
        await session.restart();
        expect(session.page.url()).toBe(suite.server.url(PROBE));
        await session.page.evaluate(() => fetch('http://203.0.113.7/leak', { mode: 'no-cors' }).catch(() => undefined));
        await session.page.evaluate(() => fetch('http://tuban-lint-leak.invalid/x').catch(() => undefined));
        await expect.poll(() => session.requests.offending().some((r) => r.by === 'proxy' && r.url.includes('203.0.113.7'))).toBe(true);
        await expect.poll(() => session.requests.offending().some((r) => r.by !== 'proxy' && r.url.includes('tuban-lint-leak.invalid'))).toBe(true);
        expect(() => session.requests.assertNoneLeft()).toThrow(/Requests left the browser/u);
      } finally {
        await session.close();
      }
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    'dumps IndexedDB with Blob bytes; a restart on the same profile keeps it; clearing site data removes it',
    async () => {
      const session = await suite.launch();
      const page = session.page;
      await page.goto(suite.server.url(PROBE));
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('tuban-lint', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('evidence', { keyPath: 'id', autoIncrement: true });
            request.onsuccess = () => {
              const tx = request.result.transaction('evidence', 'readwrite');
              tx.objectStore('evidence').add({ name: 'a.jpg', blob: new Blob([new Uint8Array([0xff, 0xd8, 0x01, 0x02])], { type: 'image/jpeg' }) });
              tx.oncomplete = () => {
                request.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            request.onerror = () => reject(request.error);
          }),
      );
      const dump = await session.dump();
      expect(dump).toEqual({ evidence: [[1, { blob: { $blob: 'image/jpeg', size: 4, base64: '/9gBAg==' }, id: 1, name: 'a.jpg' }]] });

      await session.restart();
      expect(await session.dump()).toEqual(dump);

      await session.clearSiteData();
      await session.page.reload();
      expect(await countStore(session.page, 'evidence')).toBe(0);
      expect(await session.dump()).toEqual({});
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
