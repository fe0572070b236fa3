/**
 * The e2e harness checks what it claims, without the extension: the request recorder catches a
 * page's request to another origin (seen by Playwright) and a request only the refusing proxy
 * sees; the findings reader finds `data-rule-id` elements in an open shadow root under
 * `[data-tuban-lint-root]`; a marker is told from a panel entry by distance; the form snapshot sees
 * a changed value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGone, expectMarkerBeside, launchBrowser, readFindings, snapshotFormValues, type BrowserSession } from '../../support/extension-harness';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';

describe('e2e harness', () => {
  let server: FixtureServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchBrowser({ allowedOrigin: server.origin, withExtension: false });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the fixture server serves the fixtures, refuses paths outside them, and adds a strict CSP on request', async () => {
    const index = await fetch(server.url('index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBeNull();
    const outside = await fetch(`${server.origin}/..%2f..%2fpackage.json`);
    expect([403, 404]).toContain(outside.status);
    const strict = await fetch(server.url('element-ui/patch-form.html?csp=strict'));
    const policy = strict.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-/u);
    expect(await strict.text()).toMatch(/<script nonce="/u);
  });

  it('the request recorder flags requests to other origins, from the page and past Playwright', async () => {
    const page = session.page;
    await page.goto(server.url('index.html'));
    expect(session.requests.offending()).toEqual([]);
    await page.evaluate(() => fetch('http://tuban-lint-leak.invalid/x').catch(() => undefined));
    await page.evaluate(() => fetch('http://203.0.113.7/y', { mode: 'no-cors' }).catch(() => undefined));
    await expect.poll(() => session.requests.offending().map((r) => r.url).join(' ')).toContain('tuban-lint-leak.invalid');
    await expect.poll(() => session.requests.offending().some((r) => r.by === 'proxy' && r.url.includes('203.0.113.7'))).toBe(true);
    expect(() => session.requests.assertNoneLeft()).toThrow(/Requests left the browser/u);
  });

  it('reads findings from the open shadow root and tells a marker beside a field from a panel entry', async () => {
    const page = session.page;
    await page.goto(server.url('legacy-table/patch-form.html'));
    const before = await snapshotFormValues(page);
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.setAttribute('data-tuban-lint-root', '');
      const shadow = host.attachShadow({ mode: 'open' });
      const input = document.querySelector('[data-testid="approvalDate"]');
      const r = input?.getBoundingClientRect();
      const marker = document.createElement('button');
      marker.setAttribute('data-rule-id', 'approval-date-required');
      marker.setAttribute('data-field', 'approvalDate');
      Object.assign(marker.style, { position: 'fixed', left: `${(r?.right ?? 0) + 4}px`, top: `${r?.top ?? 0}px`, width: '18px', height: '18px' });
      const entry = document.createElement('li');
      entry.setAttribute('data-rule-id', 'legal-approval-required');
      entry.setAttribute('data-field', 'approvalNo');
      Object.assign(entry.style, { position: 'fixed', right: '0', bottom: '0', width: '200px', height: '40px' });
      shadow.append(marker, entry);
      document.documentElement.append(host);
    });
    const found = await readFindings(page);
    expect(found.map((f) => `${f.ruleId}@${f.field}`).sort()).toEqual(['approval-date-required@approvalDate', 'legal-approval-required@approvalNo']);
    const row = page.getByTestId('approvalDate').locator('xpath=ancestor::tr[1]');
    await expectMarkerBeside(page, { ruleId: 'approval-date-required', field: 'approvalDate' }, row, 40, 1_000);
    const approvalNoRow = page.getByTestId('approvalNo').locator('xpath=ancestor::tr[1]');
    await expect(expectMarkerBeside(page, { ruleId: 'legal-approval-required', field: 'approvalNo' }, approvalNoRow, 40, 500)).rejects.toThrow(/Timed out/u);
    await expectGone(page, { ruleId: 'geom-self-intersection' }, 500);

    // The snapshot skips the root and sees a value the page changed.
    expect(await snapshotFormValues(page)).toEqual(before);
    await page.getByTestId('approvalNo').fill('X');
    const after = await snapshotFormValues(page);
    expect(Object.keys(after).filter((key) => after[key] !== before[key])).toEqual([expect.stringMatching(/approvalNo$/u)]);
  });
});
