import { endOfMonth } from 'date-fns';
import type { NoticePeriod } from '../workspace/document';
import { addCalendarDays, addCalendarMonths, formatDay, parseDay } from './business-days';
import conventions from './data/notice-conventions.json';

export interface NoticeConvention {
  country: string;
  notice: NoticePeriod;
  text: string;
  asOf: string;
  sources: string[];
}

/**
 * Shipped defaults by home country, checked against the workspace's notice schema by
 * test/shipped-data.test.ts rather than when the module loads (the browser gets them without zod).
 */
export const noticeConventions = conventions.countries as NoticeConvention[];

/**
 * The last day of notice when it is given on `resignDay`. Periods that may only end on the 15th
 * or a month-end run on to the next such day.
 *
 * @example
 * noticeEnd('2025-03-10', { weeks: 4, endsOn: '15th-or-month-end' }) //=> '2025-04-15'
 * noticeEnd('2025-03-10', { months: 1, endsOn: 'month-end' })        //=> '2025-04-30'
 */
export function noticeEnd(resignDay: string, notice: NoticePeriod): string {
  if ('until' in notice) return notice.until > resignDay ? notice.until : resignDay;
  const plain =
    'weeks' in notice
      ? addCalendarDays(resignDay, notice.weeks * 7)
      : addCalendarMonths(resignDay, notice.months);
  const monthEnd = formatDay(endOfMonth(parseDay(plain)));
  switch (notice.endsOn ?? 'any-day') {
    case 'any-day':
      return plain;
    case 'month-end':
      return monthEnd;
    case '15th-or-month-end': {
      const fifteenth = `${plain.slice(0, 8)}15`;
      return plain <= fifteenth ? fifteenth : monthEnd;
    }
  }
}

export function describeNotice(notice: NoticePeriod): string {
  if ('until' in notice) return `notice until ${notice.until}`;
  const [count, unit] = 'weeks' in notice ? [notice.weeks, 'week'] : [notice.months, 'month'];
  const length = count === 1 ? `1 ${unit}'s` : `${count} ${unit}s'`;
  const rule = {
    'any-day': '',
    'month-end': ' to the end of a month',
    '15th-or-month-end': ' to the 15th or the end of a month',
  }[notice.endsOn ?? 'any-day'];
  return `${length} notice${rule}`;
}

/** The profile's notice, or the home country's usual one as a stated assumption. */
export function noticeFor(profile: {
  noticePeriod?: NoticePeriod | undefined;
  homeLocation: { country: string };
}): { notice: NoticePeriod; assumed: NoticeConvention | null } {
  if (profile.noticePeriod) return { notice: profile.noticePeriod, assumed: null };
  const convention = noticeConventions.find((c) => c.country === profile.homeLocation.country);
  return convention
    ? { notice: convention.notice, assumed: convention }
    : { notice: { weeks: 0 }, assumed: null };
}
