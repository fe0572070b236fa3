/**
 * The toolbar popup: what the extension does on the current tab — the form's 图斑编号, fields
 * found and the count of findings by severity, asked of the tab's top-frame content script with a
 * validated message; "本页不是图斑填报页" where there is no patch form; and on a site not enabled,
 * a button that asks Chrome for that one origin (optional host permission) — the background then
 * injects the content script into the open tab at once (service-worker.ts, permissions.onAdded).
 * Nothing is read from the page by the popup itself; the tab's address comes with activeTab.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ContentToPopupStatusSchema, parseMessage, type ContentToPopupStatus, type PopupToContentStatusRequest } from '../messages';
import { originPatternOfPage } from '../settings/origin-input';
import { STATIC_ORIGINS } from '../settings/settings-schema';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { popupState, type PopupState } from './popup-state';
import './popup.css';

async function askContentScript(tabId: number): Promise<ContentToPopupStatus | undefined> {
  const request: PopupToContentStatusRequest = { type: 'popup-to-content/status-request' };
  try {
    // frameId 0: the top frame's session speaks for the page and its same-origin frames.
    const reply: unknown = await chrome.tabs.sendMessage(tabId, request, { frameId: 0 });
    return parseMessage(ContentToPopupStatusSchema, reply);
  } catch {
    // No content script in this tab.
    return undefined;
  }
}

async function currentTab(): Promise<chrome.tabs.Tab | undefined> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function currentState(): Promise<PopupState> {
  const tab = await currentTab();
  const pattern = originPatternOfPage(tab?.url);
  const enabled = pattern !== undefined && (STATIC_ORIGINS.includes(pattern) || (await chrome.permissions.contains({ origins: [pattern] })));
  const status = tab?.id !== undefined ? await askContentScript(tab.id) : undefined;
  return popupState({ pattern, enabled, status });
}

/** Remembers the enabled origin in the settings, so that the options page lists it. */
async function rememberOrigin(pattern: string): Promise<void> {
  const settings = await loadSettings();
  if (settings.origins.some((o) => o.pattern === pattern)) return;
  await saveSettings({ ...settings, origins: [...settings.origins, { pattern, label: '从工具栏启用', example: false }] });
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    void currentState().then(setState);
  }, []);
  const enable = (pattern: string): void => {
    // Called straight from the click: Chrome shows its prompt only inside the user gesture.
    void chrome.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) {
        setProblem('未获授权，本网站仍未启用。');
        return;
      }
      setProblem(undefined);
      await rememberOrigin(pattern);
      setState({ kind: 'loading' });
      // The background injects into the open tab on permissions.onAdded: ask until it answers.
      for (let attempt = 0; attempt < 10; attempt += 1) {
        await wait(300);
        const next = await currentState();
        if (next.kind === 'active' || attempt === 9) {
          setState(next);
          return;
        }
      }
    });
  };
  const options = (
    <p>
      <button type="button" onClick={() => void chrome.runtime.openOptionsPage()}>
        设置与授权网址
      </button>
    </p>
  );
  if (state.kind === 'loading') return <main>正在读取…</main>;
  if (state.kind === 'not-a-form') {
    return (
      <main data-status="not-a-form">
        <h1>图斑校核</h1>
        <p class="notice">本页不是图斑填报页</p>
        {state.hint ? <p class="muted">{state.hint}</p> : null}
        {options}
      </main>
    );
  }
  if (state.kind === 'not-enabled') {
    return (
      <main data-status="not-enabled">
        <h1>图斑校核</h1>
        <p class="muted">本网站尚未启用图斑校核。启用后，扩展只在该网址（{state.pattern}）的页面上读取填报表单并提示问题，不修改、不提交表单，也不发送任何网络请求。</p>
        <p>
          <button type="button" class="primary" data-action="enable-site" onClick={() => enable(state.pattern)}>
            在此网站启用
          </button>
        </p>
        {problem ? <p class="problem">{problem}</p> : null}
        {options}
      </main>
    );
  }
  const { status } = state;
  const total = status.findings.error + status.findings.warning + status.findings.info;
  return (
    <main data-status="active" data-findings={total}>
      <h1>图斑校核</h1>
      <div>{status.patchId ? `图斑 ${status.patchId}` : '未识别到图斑编号'}</div>
      <div class="muted">
        识别到 {status.fieldsFound} 个字段{status.frames > 1 ? `（${status.frames} 个文档）` : ''} · {status.profileName}
      </div>
      <div class="counts">
        <div class="count error" data-severity="error">
          <strong>{status.findings.error}</strong>错误
        </div>
        <div class="count warning" data-severity="warning">
          <strong>{status.findings.warning}</strong>警告
        </div>
        <div class="count info" data-severity="info">
          <strong>{status.findings.info}</strong>提示
        </div>
      </div>
      {status.toFill ? <div class="muted">另有 {status.toFill} 项待填</div> : null}
      {status.dismissed > 0 ? <div class="muted">另有 {status.dismissed} 条已忽略</div> : null}
      {options}
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
