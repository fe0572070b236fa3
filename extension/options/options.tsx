/**
 * The options page: platform origins (grant / revoke host access, edit the presets), the rule
 * profile (built-in or an uploaded JSON checked by resolveProfile), rules on/off and severity, and
 * the form-adapter site profile. Everything is stored in chrome.storage.local; content scripts pick
 * changes up live.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_PROFILES, resolveProfile } from '../../shared/profiles/profiles';
import { SEVERITY_LABEL } from '../../shared/report/finding';
import { ruleTitle } from '../../shared/report/rule-titles';
import { RECORD_RULES } from '../../shared/rules';
import { BackgroundToOptionsContentScriptsSyncedSchema, parseMessage, type OptionsToBackgroundSyncContentScripts } from '../messages';
import { activeProfile } from '../settings/active-profile';
import { originPatternFromInput } from '../settings/origin-input';
import { STATIC_ORIGINS, type OriginEntry, type RuleOverride, type Settings } from '../settings/settings-schema';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { siteProfileChoices } from '../site-profiles/site-profile';
import { RecognitionView } from './recognition-view';
import './options.css';

async function requestSync(): Promise<string[]> {
  const message: OptionsToBackgroundSyncContentScripts = { type: 'options-to-background/sync-content-scripts' };
  const reply = parseMessage(BackgroundToOptionsContentScriptsSyncedSchema, await chrome.runtime.sendMessage(message));
  return reply?.origins ?? [];
}

async function grantedOrigins(): Promise<Set<string>> {
  return new Set((await chrome.permissions.getAll()).origins ?? []);
}

function OriginRow({ entry, granted, onChange, onRemove }: { entry: OriginEntry; granted: boolean; onChange: (next: OriginEntry) => void; onRemove: () => void }) {
  const [pattern, setPattern] = useState(entry.pattern);
  const [label, setLabel] = useState(entry.label);
  const [error, setError] = useState<string | undefined>();
  const dirty = pattern !== entry.pattern || label !== entry.label;
  const read = originPatternFromInput(pattern);
  const save = (): void => {
    setError(read.ok ? undefined : read.problem);
    if (read.ok) onChange({ pattern: read.pattern, label: label.trim(), example: entry.example && read.pattern === entry.pattern });
  };
  const grant = async (): Promise<void> => {
    // Must run in the click's user gesture: chrome.permissions.request shows Chrome's own prompt.
    const ok = await chrome.permissions.request({ origins: [entry.pattern] });
    if (!ok) setError('未获授权');
    await requestSync();
  };
  const revoke = async (): Promise<void> => {
    await chrome.permissions.remove({ origins: [entry.pattern] });
    await requestSync();
  };
  return (
    <tr data-origin={entry.pattern}>
      <td>
        <input class="origin-pattern" value={pattern} aria-label="网址" onInput={(e) => setPattern(e.currentTarget.value)} />
        {dirty && read.ok ? <div class="hint">将匹配：{read.pattern}</div> : null}
        {entry.example ? <div class="hint">示例地址：请改为本单位实际使用的平台地址</div> : null}
        {error ? <div class="error">{error}</div> : null}
      </td>
      <td>
        <input class="origin-label" value={label} aria-label="说明" onInput={(e) => setLabel(e.currentTarget.value)} />
      </td>
      <td class={granted ? 'granted' : 'not-granted'}>{granted ? '已授权' : '未授权'}</td>
      <td class="actions">
        {dirty ? (
          <button type="button" onClick={save}>
            保存
          </button>
        ) : granted ? (
          <button type="button" onClick={() => void revoke()}>
            撤销授权
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => void grant()}>
            授权
          </button>
        )}
        <button type="button" onClick={onRemove}>
          删除
        </button>
      </td>
    </tr>
  );
}

function Origins({ settings, update }: { settings: Settings; update: (next: Settings) => void }) {
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const [newPattern, setNewPattern] = useState('');
  const [newLabel, setNewLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const refresh = (): void => void grantedOrigins().then(setGranted);
    refresh();
    chrome.permissions.onAdded.addListener(refresh);
    chrome.permissions.onRemoved.addListener(refresh);
    return () => {
      chrome.permissions.onAdded.removeListener(refresh);
      chrome.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const setOrigins = (origins: OriginEntry[]): void => update({ ...settings, origins });
  const typed = originPatternFromInput(newPattern);
  const add = (): void => {
    const problem = !typed.ok ? typed.problem : settings.origins.some((o) => o.pattern === typed.pattern) ? '该网址已在列表中' : undefined;
    setError(problem);
    if (!typed.ok || problem) return;
    const { pattern } = typed;
    // Asked at once, inside the click's user gesture: Chrome shows its own prompt for this address.
    void chrome.permissions.request({ origins: [pattern] }).then(async (ok) => {
      if (!ok) setError('已添加，但未获授权：可随时点“授权”');
      await requestSync();
    });
    setOrigins([...settings.origins, { pattern, label: newLabel.trim(), example: false }]);
    setNewPattern('');
    setNewLabel('');
  };
  return (
    <section>
      <h2>平台网址</h2>
      <p>扩展只在您授权的网址上运行（最小权限：安装时不获取任何网站的访问权限）。授权后，扩展在该网址的页面（含同源内嵌框架）中读取填报表单并提示问题；不修改、不提交表单，不发送任何网络请求。</p>
      <table class="origins">
        <thead>
          <tr>
            <th>网址（匹配模式）</th>
            <th>说明</th>
            <th>状态</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {settings.origins.map((entry, i) => (
            <OriginRow
              key={entry.pattern}
              entry={entry}
              granted={granted.has(entry.pattern)}
              onChange={(next) => setOrigins(settings.origins.map((o, j) => (j === i ? next : o)))}
              onRemove={() => {
                if (granted.has(entry.pattern)) void chrome.permissions.remove({ origins: [entry.pattern] }).then(requestSync);
                setOrigins(settings.origins.filter((_, j) => j !== i));
              }}
            />
          ))}
          {STATIC_ORIGINS.map((pattern) => (
            <tr key={pattern} class="static">
              <td>{pattern}</td>
              <td>本机演示与测试页面</td>
              <td class="granted">始终启用</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <div class="add-origin">
        <input placeholder="如 10.1.2.3:8090，或粘贴平台页面的地址" value={newPattern} aria-label="新网址" onInput={(e) => setNewPattern(e.currentTarget.value)} />
        <input placeholder="说明（可选）" value={newLabel} aria-label="新网址说明" onInput={(e) => setNewLabel(e.currentTarget.value)} />
        <button type="button" onClick={add}>
          添加并授权
        </button>
        {newPattern.trim() !== '' ? <div class="hint" data-origin-preview="">{typed.ok ? `将匹配：${typed.pattern}` : typed.problem}</div> : null}
        {error ? <span class="error">{error}</span> : null}
      </div>
    </section>
  );
}

function ProfileChoice({ settings, update }: { settings: Settings; update: (next: Settings) => void }) {
  const [problems, setProblems] = useState<string[]>([]);
  const active = activeProfile(settings);
  const builtIns = Object.entries(BUILT_IN_PROFILES).map(([id, data]) => {
    const resolved = resolveProfile(data);
    return { id, name: resolved.ok ? resolved.profile.name : id };
  });
  const upload = async (file: File): Promise<void> => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setProblems(['不是有效的 JSON 文件']);
      return;
    }
    const resolved = resolveProfile(data);
    if (!resolved.ok) {
      setProblems(resolved.problems.map((p) => `${p.path}：${p.message}`));
      return;
    }
    setProblems([]);
    update({ ...settings, ruleProfile: { kind: 'custom', name: resolved.profile.name, data } });
  };
  return (
    <section>
      <h2>校核配置</h2>
      <p>
        当前使用：<strong>{active.name}</strong>
      </p>
      {active.problems.map((p) => (
        <p class="error" key={p}>
          {p}
        </p>
      ))}
      {builtIns.map((p) => (
        <label class="choice" key={p.id}>
          <input
            type="radio"
            name="profile"
            checked={settings.ruleProfile.kind === 'built-in' && settings.ruleProfile.id === p.id}
            onChange={() => update({ ...settings, ruleProfile: { kind: 'built-in', id: p.id } })}
          />
          {p.name}（内置）
        </label>
      ))}
      {settings.ruleProfile.kind === 'custom' ? (
        <label class="choice">
          <input type="radio" name="profile" checked />
          {settings.ruleProfile.name}（上传的配置文件）
        </label>
      ) : null}
      <div class="upload">
        上传配置文件（.json 文件，可继承全国默认配置后只写需要改动的部分）：
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void upload(file);
          }}
        />
      </div>
      {problems.length > 0 ? (
        <ul class="error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

const OVERRIDE_CHOICES: readonly { value: RuleOverride | 'default'; label: string }[] = [
  { value: 'default', label: '按配置' },
  { value: 'error', label: SEVERITY_LABEL.error },
  { value: 'warning', label: SEVERITY_LABEL.warning },
  { value: 'info', label: SEVERITY_LABEL.info },
  { value: 'off', label: '关闭' },
];

function Rules({ settings, update }: { settings: Settings; update: (next: Settings) => void }) {
  const profile = activeProfile({ ...settings, ruleOverrides: {} }).profile;
  const setOverride = (ruleId: string, value: RuleOverride | 'default'): void => {
    const next: Record<string, RuleOverride> = { ...settings.ruleOverrides };
    if (value === 'default') delete next[ruleId];
    else next[ruleId] = value;
    update({ ...settings, ruleOverrides: next });
  };
  return (
    <section>
      <h2>规则</h2>
      <p>逐条开关规则或改变严重程度；“按配置”使用当前校核配置的设定。</p>
      <table class="rules">
        <thead>
          <tr>
            <th>规则</th>
            <th>说明</th>
            <th>配置中的级别</th>
            <th>本机设置</th>
          </tr>
        </thead>
        <tbody>
          {RECORD_RULES.map((rule) => {
            const configured = profile.rules[rule.id] ?? rule.severity;
            return (
              <tr key={rule.id} data-rule={rule.id}>
                <td class="rule-title">{ruleTitle(rule)}</td>
                <td>
                  <details>
                    <summary>说明</summary>
                    {rule.description}
                    <div class="hint">规则编号：{rule.id}</div>
                  </details>
                </td>
                <td>{configured === 'off' ? '关闭' : SEVERITY_LABEL[configured]}</td>
                <td>
                  <select value={settings.ruleOverrides[rule.id] ?? 'default'} aria-label={`${ruleTitle(rule)} 的级别`} onChange={(e) => setOverride(rule.id, e.currentTarget.value as RuleOverride | 'default')}>
                    {OVERRIDE_CHOICES.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function SiteProfile({ settings, update }: { settings: Settings; update: (next: Settings) => void }) {
  return (
    <section>
      <h2>页面识别</h2>
      <label>
        站点配置：
        <select value={settings.siteProfile} onChange={(e) => update({ ...settings, siteProfile: e.currentTarget.value })}>
          <option value="auto">自动（全部内置样式）</option>
          {siteProfileChoices().map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}

function OptionsPage() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <p>正在读取设置…</p>;
  const update = (next: Settings): void => {
    setSettings(next);
    void saveSettings(next).then(() => {
      setSaved(true);
      setTimeout(() => setSaved(false), 1500);
    });
  };
  return (
    <main>
      <h1>图斑校核 设置</h1>
      {saved ? <div class="saved">已保存</div> : null}
      <Origins settings={settings} update={update} />
      <ProfileChoice settings={settings} update={update} />
      <Rules settings={settings} update={update} />
      <SiteProfile settings={settings} update={update} />
      <RecognitionView />
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<OptionsPage />, app);
