import { withNoticeNames } from '../../../shared/report/source-names';
import type { Profile } from '../../../shared/profiles/profile-schema';
import type { DueSummary } from '../../due/compute-due';
import { daysText } from './due-labels';

/** The next 月清 and report deadlines of the profile's calendar, moved by its working-day rule. */
export function CalendarDeadlines(props: { summary: DueSummary; profile: Profile }) {
  const { summary, profile } = props;
  const year = summary.today.slice(0, 4);
  const hasReportDates = Object.keys(profile.calendar.years).some((y) => y >= year) || summary.deadlines.some((d) => d.kind === 'report');
  return (
    <section>
      <h2>报送期限</h2>
      {summary.deadlines.length === 0 ? (
        <p>配置中没有今后的报送期限。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>事项</th>
              <th>期限</th>
              <th>剩余</th>
              <th>依据</th>
            </tr>
          </thead>
          <tbody>
            {summary.deadlines.map((d) => (
              <tr key={d.id} data-deadline-id={d.id}>
                <td>
                  {d.name}
                  {d.issuedBy !== undefined && <span class="due-note">（{d.issuedBy} 前下发的图斑）</span>}
                </td>
                <td data-deadline-due={d.due}>
                  {d.due}
                  {d.due !== d.nominal && <span class="due-note">（原定 {d.nominal}，遇周末或节假日提前到放假前最后一个工作日）</span>}
                </td>
                <td>{daysText(d.due, summary.today)}</td>
                <td>{withNoticeNames(d.source)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!hasReportDates && <p class="due-note">配置中没有 {year} 年的季度、年度报送日期，仅列出“月清”期限；请在校核配置的报送日历中补充当年通知规定的日期。</p>}
      {summary.yearsWithoutHolidays.length > 0 && (
        <p class="due-note" data-holiday-data-missing={summary.yearsWithoutHolidays.join(',')}>
          配置中没有 {summary.yearsWithoutHolidays.join('、')} 年的节假日安排，这些年份的工作日只按周末计算，期限可能与实际放假安排不符。
        </p>
      )}
    </section>
  );
}
