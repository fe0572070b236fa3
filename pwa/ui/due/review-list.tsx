import { SEED_NOTICE_NAMES } from '../../../shared/report/source-names';
import { useState } from 'preact/hooks';
import type { IsoDate } from '../../../shared/model/dates';
import type { ReviewCheck } from '../../db/schema';
import type { ReviewDue, ReviewsDue } from '../../due/review-schedule';
import { recordReviewCheck, REVIEW_OUTCOMES } from '../../ledger/record-review-check';
import { appDb } from '../database';
import { actorNow } from '../operator';
import { daysText, REVIEW_STATUS_LABEL } from './due-labels';

/** Rows of 复核 rendered at once. */
const REVIEW_ROWS_SHOWN = 200;

type Outcome = ReviewCheck['outcome'];

interface Done {
  readonly text: string;
  readonly itemId?: number;
}

/**
 * One subject with its form: outcome, note, 记录复核 — one transaction (recordReviewCheck). A
 * refusal shows in the row; success is reported by the list, as a recorded check usually moves the
 * subject out of the due rows.
 */
function ReviewRow(props: { review: ReviewDue; today: IsoDate; onDone: (done: Done) => void }) {
  const { review, today, onDone } = props;
  const [outcome, setOutcome] = useState<Outcome>('无变化');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await recordReviewCheck(appDb(), review.subjectId, { outcome, note }, await actorNow());
      if (!result.ok) setError(result.reason);
      else {
        setNote('');
        onDone(
          result.reopenedItemId !== undefined
            ? { text: `已记录 ${review.patchId} 的复核：发现复建，台账图斑已重新打开（整改中）。`, itemId: result.reopenedItemId }
            : { text: `已记录 ${review.patchId} 的复核（${outcome}），下次复核期限已顺延。` },
        );
      }
    } catch (failure) {
      setError(`${review.patchId} 的复核未能保存，已录入的数据未受影响（${failure instanceof Error ? failure.message : String(failure)}）。`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr data-review-id={review.subjectId} data-patch-id={review.patchId} data-review-status={review.status}>
      <td>{review.itemId !== undefined ? <a href={`#/ledger/${review.itemId}`}>{review.patchId}</a> : review.patchId}</td>
      <td>{review.reason}</td>
      <td>{review.town ?? ''}</td>
      <td>{review.lastCheck ? `${review.from}（${review.lastCheck.outcome}，${review.lastCheck.who}）` : `未复核（自 ${review.from}）`}</td>
      <td>
        {review.due ?? '—'}
        {review.due !== undefined && review.nominal !== review.due && <span class="due-note">（原 {review.nominal}，遇周末或节假日提前）</span>}
      </td>
      <td class={`bucket-${review.status}`}>{review.due !== undefined && (review.status === 'overdue' || review.status === 'upcoming') ? daysText(review.due, today) : REVIEW_STATUS_LABEL[review.status]}</td>
      <td>
        <form class="review-form" onSubmit={(e) => void submit(e)}>
          <select data-field="review-outcome" aria-label="复核结果" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as Outcome)}>
            {REVIEW_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          <input data-field="review-note" aria-label="复核说明" placeholder={outcome === '复建' ? '复建情况（必填）' : '说明（可不填）'} value={note} maxLength={500} onInput={(e) => setNote(e.currentTarget.value)} />
          <button type="submit" data-action="review-record" disabled={busy}>
            记录复核
          </button>
        </form>
        {error !== undefined && (
          <p role="alert" class="error-text">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}

/** Periodic 复核 (S4 四(六)): the subjects due first; all of them on request. */
export function ReviewList(props: { reviews: ReviewsDue; today: IsoDate }) {
  const { reviews, today } = props;
  const [showAll, setShowAll] = useState(false);
  const [done, setDone] = useState<Done | undefined>(undefined);
  const listed = showAll ? reviews.list : reviews.list.filter((r) => r.status === 'overdue' || r.status === 'upcoming');
  const shown = listed.slice(0, REVIEW_ROWS_SHOWN);
  const c = reviews.counts;
  return (
    <section>
      <h2>定期复核</h2>
      <p class="due-note">
        复核对象 <span data-figure="due.reviews.total">{c.total}</span> 个：已逾期 <span data-figure="due.reviews.overdue">{c.overdue}</span>，即将到期{' '}
        <span data-figure="due.reviews.upcoming">{c.upcoming}</span>，未到期 {c.later}
        {c['no-cycle'] > 0 && `，未设复核周期 ${c['no-cycle']}`}
        {c.paused > 0 && `，因复建重新整改而暂停 ${c.paused}`}。复核周期取自校核配置（{SEED_NOTICE_NAMES.S4}只要求“按周期开展复核”，未定周期，配置中的周期为推定值）。
      </p>
      {done && (
        <p role="status" data-review-recorded>
          {done.text}
          {done.itemId !== undefined && (
            <>
              {' '}
              <a href={`#/ledger/${done.itemId}`}>查看台账图斑</a>
            </>
          )}
        </p>
      )}
      <label>
        <input type="checkbox" data-filter="review-all" checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} /> 显示全部复核对象
      </label>
      {listed.length === 0 ? (
        <p>{c.total === 0 ? '复核清单为空：销号的拆除复耕图斑和设施农用地、临时用地、农村道路、实地未变化图斑导入后会列在这里。' : '目前没有到期的复核。'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>图斑编号</th>
              <th>复核原因</th>
              <th>乡镇</th>
              <th>上次复核</th>
              <th>下次复核</th>
              <th>期限</th>
              <th>记录复核</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <ReviewRow key={r.subjectId} review={r} today={today} onDone={setDone} />
            ))}
          </tbody>
        </table>
      )}
      {listed.length > shown.length && <p class="due-note">显示前 {shown.length} 个，共 {listed.length} 个。</p>}
    </section>
  );
}
