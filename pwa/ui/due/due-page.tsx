import { useEffect, useMemo, useState } from 'preact/hooks';
import { PROFILE_SETTING } from '../profile-setting';
import { todayLocal } from '../../../shared/calendar/iso-days';
import { builtInProfile, BUILT_IN_PROFILES, NATIONAL_PROFILE_ID } from '../../../shared/profiles/profiles';
import type { Profile } from '../../../shared/profiles/profile-schema';
import { assembleDue, windowDaysOf } from '../../due/compute-due';
import type { DueGrouping } from '../../due/item-buckets';
import { readItemsDue } from '../../due/read-items-due';
import { appDb } from '../database';
import { useLiveQuery } from '../use-live-query';
import { CalendarDeadlines } from './calendar-deadlines';
import { bucketLabel } from './due-labels';
import { DueItemList } from './due-item-list';
import { OwnerTable } from './owner-table';
import { ReviewList } from './review-list';
import './due.css';


function profileFor(id: unknown): Profile {
  const chosen = typeof id === 'string' && id in BUILT_IN_PROFILES ? id : NATIONAL_PROFILE_ID;
  try {
    return builtInProfile(chosen);
  } catch {
    return builtInProfile(NATIONAL_PROFILE_ID);
  }
}

/** Today's date, moving on at midnight while the page stays open. */
function useToday(): string {
  const [today, setToday] = useState(todayLocal);
  useEffect(() => {
    const timer = setInterval(() => setToday(todayLocal()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}

function Figure(props: { name: string; label: string; value: number; tone?: string }) {
  return (
    <div class={`due-figure ${props.tone ?? ''}`}>
      <span class="figure" data-figure={props.name}>
        {props.value}
      </span>
      {props.label}
    </div>
  );
}

/**
 * 到期提醒, the home page (issue 5 item 4): open ledger items by 拟完成整改时间 — overdue, upcoming,
 * later, no date, adding up to the ledger's open count — per 乡镇 and by date; the periodic 复核 due,
 * with a form to record one; and the next reporting deadlines of the profile's calendar.
 * Items are read from the indexes only (pwa/due/read-items-due.ts), so 100,000 items stay usable.
 */
export function DuePage(_props: { rest?: string }) {
  const db = appDb();
  const today = useToday();
  const profileId = useLiveQuery(async () => (await db.settings.get(PROFILE_SETTING))?.value, []).value;
  const profile = useMemo(() => profileFor(profileId), [profileId]);
  const windowDays = windowDaysOf(profile);
  const [grouping, setGrouping] = useState<DueGrouping>('town');
  const items = useLiveQuery(() => readItemsDue(db, today, windowDays, grouping), [today, windowDays, grouping]);
  const empty = useLiveQuery(async () => (await db.items.count()) === 0 && (await db.reviews.count()) === 0, []).value;
  const reviews = useLiveQuery(() => db.reviews.toArray(), []);
  const summary = useMemo(
    () => (items.value && reviews.value ? assembleDue(items.value, reviews.value, profile, today) : undefined),
    [items.value, reviews.value, profile, today],
  );
  const [owner, setOwner] = useState<string | undefined>(undefined);
  const failed = items.error ?? reviews.error;

  return (
    <section class="page due-page">
      <h1>到期提醒</h1>
      <p class="due-note">
        今天 {today}；配置：{profile.name}；“即将到期”指 {windowDays} 天内（含今天）。
      </p>
      {failed !== undefined && (
        <p role="alert" class="error-text">
          读取本机台账失败，请刷新页面重试（{failed instanceof Error ? failed.message : String(failed)}）。
        </p>
      )}
      {empty === true && <FirstVisit />}
      {summary === undefined ? (
        failed === undefined && <p aria-busy="true">正在统计台账…</p>
      ) : (
        <>
          <CalendarDeadlines summary={summary} profile={profile} />
          {summary.items.counts.awaiting > 0 && (
            <p class="due-awaiting" data-due-awaiting>
              待验收 <span data-figure="due.awaiting-note">{summary.items.counts.awaiting}</span> 宗，请组织验收。
            </p>
          )}
          <div class="due-figures">
            <Figure name="due.overdue" label="已逾期" value={summary.items.counts.overdue} tone="overdue" />
            <Figure name="due.upcoming" label={bucketLabel('upcoming', windowDays)} value={summary.items.counts.upcoming} tone="upcoming" />
            <Figure name="due.later" label="以后到期" value={summary.items.counts.later} />
            <Figure name="due.no-date" label="未定整改时间" value={summary.items.counts['no-date']} />
            <Figure name="due.awaiting" label="待验收" value={summary.items.counts.awaiting} tone="upcoming" />
            <Figure name="due.open" label="未销号合计" value={summary.items.counts.open} />
            <Figure name="due.reviews" label="复核待做" value={summary.reviews.counts.due} tone={summary.reviews.counts.overdue > 0 ? 'overdue' : 'upcoming'} />
          </div>
          <OwnerTable
            items={summary.items}
            windowDays={windowDays}
            selected={owner}
            onSelect={setOwner}
            grouping={grouping}
            onGrouping={(next) => {
              setOwner(undefined);
              setGrouping(next);
            }}
          />
          <DueItemList items={summary.items} today={today} windowDays={windowDays} owner={owner} onClearOwner={() => setOwner(undefined)} />
          <ReviewList reviews={summary.reviews} today={today} />
        </>
      )}
    </section>
  );
}

/** The first visit (nothing in the ledger yet): what to do first, with the way to do it. */
function FirstVisit() {
  return (
    <div class="first-visit" data-first-visit>
      <h2>从这里开始</h2>
      <p>本机台账还是空的。先校核一张县里导出的图斑表，或直接把表中的违法图斑导入整改台账；到期提醒会随台账自动生成。</p>
      <p class="action-row">
        <a class="button-link primary" href="#/audit" data-action="start-audit">
          批量校核一张表
        </a>{' '}
        <a class="button-link" href="#/ledger" data-action="start-ledger-import">
          导入整改台账
        </a>{' '}
        <a class="button-link" href="#/audit/demo" data-action="start-demo">
          载入演示表试一试
        </a>
      </p>
    </div>
  );
}
