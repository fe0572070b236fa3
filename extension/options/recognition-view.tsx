/**
 * 识别情况 (issue 16): what the extension recognised on the tab the filer came from — every field
 * with its label, value and section, and the labels it saw but could not match — as a table and as
 * text to copy, so that a county can send it to us and a new UI kit becomes a site profile, not a
 * code change. The tab is asked through its content script (options → content); the reply is
 * validated like every message between contexts.
 */
import { useState } from 'preact/hooks';
import { FIELD_DEFINITIONS } from '../../shared/model/field-dictionary';
import { ContentToOptionsRecognitionSchema, parseMessage, type ContentToOptionsRecognition, type OptionsToContentRecognitionRequest } from '../messages';

/** The dictionary's name of a field (its first label), what the filer knows it by. */
function fieldName(field: string): string {
  return FIELD_DEFINITIONS.find((d) => d.id === field)?.labels[0] ?? field;
}

/** The report as plain text, one line per field, to paste into a message. */
export function recognitionText(report: ContentToOptionsRecognition): string {
  const lines = [
    `页面：${report.pageTitle || '（无标题）'}`,
    `站点配置：${report.siteProfiles.join('、') || '（无）'}`,
    `识别到 ${report.fields.length} 个字段（最少应为 ${report.minFields} 个），页面上可识别的标签 ${report.knownLabels} 个`,
    '',
    ['字段', '页面标签', '值', '所在分节'].join('\t'),
    ...report.fields.map((f) => [fieldName(f.field), f.label || '（无）', f.value.replace(/\s+/gu, ' ') || '（空）', f.section || '（无）'].join('\t')),
    '',
    `未能匹配的标签（${report.unmatchedLabels.length} 个）：`,
    ...(report.unmatchedLabels.length > 0 ? report.unmatchedLabels : ['（无）']),
  ];
  return lines.join('\n');
}

/** The tab the filer was on before opening the options page: the most recently used other tab of the last focused window. */
async function previousTab(): Promise<chrome.tabs.Tab | undefined> {
  const own = await chrome.tabs.getCurrent();
  const tabs = await chrome.tabs.query({ lastFocusedWindow: true });
  return tabs.filter((t) => t.id !== undefined && t.id !== own?.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

type ViewState =
  { readonly kind: 'idle' } | { readonly kind: 'reading' } | { readonly kind: 'failed'; readonly message: string } | { readonly kind: 'done'; readonly report: ContentToOptionsRecognition };

export function RecognitionView() {
  const [state, setState] = useState<ViewState>({ kind: 'idle' });
  const [copied, setCopied] = useState(false);

  const read = async (): Promise<void> => {
    setState({ kind: 'reading' });
    const tab = await previousTab();
    if (tab?.id === undefined) {
      setState({ kind: 'failed', message: '没有找到其他标签页：请先打开平台的图斑填报页面，再回到此页。' });
      return;
    }
    const request: OptionsToContentRecognitionRequest = { type: 'options-to-content/recognition-request' };
    try {
      const reply = parseMessage(ContentToOptionsRecognitionSchema, await chrome.tabs.sendMessage(tab.id, request, { frameId: 0 }));
      setState(reply ? { kind: 'done', report: reply } : { kind: 'failed', message: '该标签页没有有效应答。' });
    } catch {
      setState({ kind: 'failed', message: '该标签页上没有运行图斑校核：请确认已授权该网址，并刷新那个页面。' });
    }
  };

  const copy = async (text: string): Promise<void> => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <section data-recognition-view="">
      <h2>识别情况</h2>
      <p>查看扩展在刚才所在标签页上识别到的字段与未能匹配的标签；若检查不完整，可复制文字发给我们，据此增加站点配置。</p>
      <button type="button" onClick={() => void read()} disabled={state.kind === 'reading'}>
        读取当前标签页
      </button>
      {state.kind === 'failed' ? <p class="problem">{state.message}</p> : null}
      {state.kind === 'done' ? (
        <div>
          <p>
            {state.report.pageTitle || '（无标题）'}：识别到 {state.report.fields.length} 个字段；未能匹配的标签 {state.report.unmatchedLabels.length} 个。
          </p>
          <table>
            <thead>
              <tr>
                <th>字段</th>
                <th>页面标签</th>
                <th>值</th>
                <th>所在分节</th>
              </tr>
            </thead>
            <tbody>
              {state.report.fields.map((f) => (
                <tr key={f.field} data-field={f.field}>
                  <td>{fieldName(f.field)}</td>
                  <td>{f.label}</td>
                  <td>{f.value}</td>
                  <td>{f.section}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>未能匹配的标签</h3>
          <ul>
            {state.report.unmatchedLabels.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <textarea readOnly rows={8} cols={80} value={recognitionText(state.report)} aria-label="识别情况（可复制的文字）" />
          <button type="button" onClick={() => void copy(recognitionText(state.report))}>
            复制文字
          </button>
          {copied ? <span> 已复制</span> : null}
        </div>
      ) : null}
    </section>
  );
}
