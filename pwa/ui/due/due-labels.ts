import { daysBetween } from '../../../shared/calendar/iso-days';
import type { IsoDate } from '../../../shared/model/dates';
import type { DueBucket } from '../../due/item-buckets';
import type { ReviewStatus } from '../../due/review-schedule';

/** zh-CN wording of the due view (the ledger stores ids and dates only). */
export function bucketLabel(bucket: DueBucket, windowDays: number): string {
  switch (bucket) {
    case 'overdue':
      return '已逾期';
    case 'upcoming':
      return windowDays === 0 ? '今天到期' : `${windowDays} 天内到期`;
    case 'later':
      return '以后到期';
    case 'no-date':
      return '未定整改时间';
    case 'awaiting':
      return '待验收';
  }
}

export const REVIEW_STATUS_LABEL: Readonly<Record<ReviewStatus, string>> = {
  overdue: '已逾期',
  upcoming: '即将到期',
  later: '未到期',
  'no-cycle': '未设复核周期',
  paused: '已重新整改，暂停复核',
};

/** “逾期 12 天”, “今天到期”, “还有 5 天”. */
export function daysText(due: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, due);
  if (days < 0) return `逾期 ${-days} 天`;
  return days === 0 ? '今天到期' : `还有 ${days} 天`;
}

export function ownerLabel(owner: string, grouping: 'town' | 'unit' = 'town'): string {
  return owner === '' ? (grouping === 'town' ? '（未填乡镇）' : '（未填责任单位）') : owner;
}
