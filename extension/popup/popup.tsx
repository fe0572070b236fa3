/**
 * The toolbar popup: the status of the current tab — the form's 图斑编号, fields found and the
 * count of findings by severity — asked of the tab's top-frame content script with a validated
 * message. Nothing is read from the page by the popup itself.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ContentToPopupStatusSchema, parseMessage, type ContentToPopupStatus, type PopupToContentStatusRequest } from '../messages';
import './popup.css';

type TabStatus = { kind: 'loading' } | { kind: 'inactive' } | { kind: 'active'; status: ContentToPopupStatus };

async function currentTabStatus(): Promise<TabStatus> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'inactive' };
  const request: PopupToContentStatusRequest = { type: 'popup-to-content/status-request' };
  try {
    // frameId 0: the top frame's session speaks for the page and its same-origin frames.
    const reply: unknown = await chrome.tabs.sendMessage(tab.id, request, { frameId: 0 });
    const status = parseMessage(ContentToPopupStatusSchema, reply);
    return status ? { kind: 'active', status } : { kind: 'inactive' };
  } catch {
    // No content script in this tab: the site is not granted, or the page is not a form.
    return { kind: 'inactive' };
  }
}

function Popup() {
  const [state, setState] = useState<TabStatus>({ kind: 'loading' });
  useEffect(() => {
    void currentTabStatus().then(setState);
  }, []);
  const options = (
    <p>
      <button type="button" onClick={() => void chrome.runtime.openOptionsPage()}>
        设置与授权网址
      </button>
    </p>
  );
  if (state.kind === 'loading') return <main>正在读取…</main>;
  if (state.kind === 'inactive') {
    return (
      <main>
        <h1>图斑校核</h1>
        <p class="muted" data-status="inactive">
          本页未运行校核。若这是填报平台，请在设置中添加并授权该网址。
        </p>
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
      {status.dismissed > 0 ? <div class="muted">另有 {status.dismissed} 条已忽略</div> : null}
      {options}
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
