/**
 * Vitest wiring shared by the extension e2e files: the extension built (ensureExtensionBuilt), one
 * fixture server per file, a fresh Chromium profile with the extension per test, and after every
 * test the check that no request left the browser.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureExtensionBuilt, hasExtensionRoot, launchBrowser, type BrowserSession } from './extension-harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface ExtensionSuite {
  readonly server: FixtureServer;
  readonly session: BrowserSession;
  readonly page: Page;
  /** Opens a fixture page in the test's tab and waits until the extension's root is on it. */
  open(path: string): Promise<Page>;
}

/** Generous: the first test of a file also pays for a build when dist/extension is missing. */
export const E2E_TIMEOUT_MS = 45_000;

export function useExtensionSuite(): ExtensionSuite {
  let server: FixtureServer | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    ensureExtensionBuilt();
    server = await startFixtureServer();
  }, 200_000);
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    if (!server) throw new Error('fixture server not started');
    session = await launchBrowser({ allowedOrigin: server.origin });
  });
  afterEach(async () => {
    const ending = session;
    session = undefined;
    try {
      ending?.requests.assertNoneLeft();
    } finally {
      await ending?.close();
    }
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready (used outside a test?)`);
    return value;
  };

  return {
    get server() {
      return need(server, 'the fixture server');
    },
    get session() {
      return need(session, 'the browser session');
    },
    get page() {
      return need(session, 'the browser session').page;
    },
    async open(path: string): Promise<Page> {
      const page = need(session, 'the browser session').page;
      await page.goto(need(server, 'the fixture server').url(path));
      await page.waitForLoadState('load');
      await page.waitForFunction(() => document.querySelector('[data-tuban-lint-root]')?.shadowRoot != null, undefined, { timeout: 10_000 }).catch(async () => {
        throw new Error(`The extension's root ([data-tuban-lint-root] with an open shadow root) did not appear on ${path} within 10 s (root present: ${String(await hasExtensionRoot(page))}).`);
      });
      return page;
    },
  };
}
