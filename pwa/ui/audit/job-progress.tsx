import type { SheetJobProgress } from '../../audit/sheet-job-types';

const PHASE_LABEL: Readonly<Record<SheetJobProgress['phase'], string>> = {
  read: '读取表格',
  audit: '校核',
  write: '生成带批注的表格',
  import: '写入整改台账',
};

/** The running job's bar and its cancel button. A phase without counts (reading the file) shows an indeterminate bar. */
export function JobProgress({ title, progress, onCancel }: { title: string; progress: SheetJobProgress | undefined; onCancel: () => void }) {
  const counted = progress !== undefined && progress.total > 1;
  return (
    <div class="job-progress" role="status">
      <span>
        {title}：{progress ? PHASE_LABEL[progress.phase] : '准备中'}
        {counted ? `（${progress.done.toLocaleString('zh-CN')} / ${progress.total.toLocaleString('zh-CN')} 行）` : '…'}
      </span>
      {counted ? <progress data-progress max={progress.total} value={progress.done} /> : <progress data-progress />}
      <button type="button" data-action="audit-cancel" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
