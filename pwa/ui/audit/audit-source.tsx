import { useState } from 'preact/hooks';
import type { TargetedDragEvent } from 'preact';

export interface ProfileChoice {
  readonly id: string;
  readonly name: string;
}

interface AuditSourceProps {
  readonly profiles: readonly ProfileChoice[];
  readonly profileId: string;
  readonly asOf: string;
  readonly busy: boolean;
  readonly onProfile: (id: string) => void;
  readonly onAsOf: (date: string) => void;
  readonly onFile: (file: File) => void;
  readonly onDemo: () => void;
}

export const ACCEPTED_SHEETS = '.xlsx,.xls,.csv';

/** The sheet to audit (picked, dropped, or the demo) and the audit's settings. */
export function AuditSource(props: AuditSourceProps) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: TargetedDragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file && !props.busy) props.onFile(file);
  };
  return (
    <div class="audit-source">
      <div
        class={dragging ? 'audit-drop dragging' : 'audit-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label class="audit-pick">
          选择表格文件（.xlsx、.xls、.csv）
          <input
            type="file"
            accept={ACCEPTED_SHEETS}
            disabled={props.busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared, so picking the same file again (after fixing it in Excel) runs again.
              input.value = '';
              if (file) props.onFile(file);
            }}
          />
        </label>
        <span class="audit-drop-hint">或把文件拖到这里</span>
        <button type="button" data-action="load-demo" disabled={props.busy} onClick={props.onDemo}>
          载入演示表
        </button>
      </div>
      <div class="audit-settings">
        <label>
          校核配置
          <select data-setting="profile" value={props.profileId} onChange={(event) => props.onProfile(event.currentTarget.value)}>
            {props.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          审核日期
          <input type="date" data-setting="as-of" value={props.asOf} required onInput={(event) => props.onAsOf(event.currentTarget.value)} />
        </label>
      </div>
    </div>
  );
}
