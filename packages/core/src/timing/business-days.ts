import { TZDate, tz } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import { addDays, addMonths, format, isWeekend, parseISO } from 'date-fns';
import type { Workspace } from '../workspace/document';

/**
 * Calendar days ("2026-11-27") and the business days among them. Weekends and holidays are
 * properties of a calendar day in someone's zone, not of an instant, so instants are turned into
 * days in the user's zone first; the arithmetic then runs on days and never meets a DST gap.
 */

export interface BusinessCalendar {
  /** IANA zone the user lives in, e.g. Europe/Berlin. */
  timeZone: string;
  /** Dates ("2026-12-25") that are not working days besides weekends. */
  holidays?: readonly string[] | undefined;
}

/** A calendar day as a date at UTC midnight, so date-fns day arithmetic is exact. */
export function parseDay(day: string): Date {
  return parseISO(day, { in: utc });
}

export function formatDay(date: Date): string {
  return format(date, 'yyyy-MM-dd', { in: utc });
}

/** The calendar day an instant falls on in a zone. */
export function dayInZone(instant: Date, timeZone: string): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

export function addCalendarDays(day: string, days: number): string {
  return formatDay(addDays(parseDay(day), days));
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addCalendarMonths(day: string, months: number): string {
  return formatDay(addMonths(parseDay(day), months));
}

export function isBusinessDay(day: string, holidays: readonly string[] = []): boolean {
  return !isWeekend(parseDay(day), { in: utc }) && !holidays.includes(day);
}

/**
 * Business days after `from` up to and including `to`; negative when `to` is earlier.
 *
 * @example
 * businessDaysBetween('2026-11-25', '2026-11-30') //=> 3 (Thu, Fri, Mon)
 */
export function businessDaysBetween(
  from: string,
  to: string,
  holidays: readonly string[] = [],
): number {
  if (from === to) return 0;
  const [start, end, sign] = from < to ? [from, to, 1] : [to, from, -1];
  const weekdays = weekdaysBefore(dayNumber(end) + 1) - weekdaysBefore(dayNumber(start) + 1);
  const offDays = [...new Set(holidays)].filter(
    (day) => day > start && day <= end && !isWeekend(parseDay(day), { in: utc }),
  );
  const count = weekdays - offDays.length;
  return count === 0 ? 0 : sign * count; // never -0
}

const DAY_MS = 86_400_000;
/** Days since Monday 5 Jan 1970, so that day 0 starts a week. */
function dayNumber(day: string): number {
  return Math.round((parseDay(day).getTime() - Date.UTC(1970, 0, 5)) / DAY_MS);
}

/** Monday-to-Friday days among day numbers [0, n); n may be negative. Counted, not looped. */
function weekdaysBefore(n: number): number {
  const weeks = Math.floor(n / 7);
  return weeks * 5 + Math.min(n - weeks * 7, 5);
}

/**
 * The day `count` business days after `day` (count ≥ 0), skipping weekends and holidays.
 *
 * @example
 * addBusinessDaysTo('2026-12-23', 2, ['2026-12-25']) //=> '2026-12-28'
 */
export function addBusinessDaysTo(
  day: string,
  count: number,
  holidays: readonly string[] = [],
): string {
  let current = day;
  for (let added = 0; added < count; ) {
    current = addCalendarDays(current, 1);
    if (isBusinessDay(current, holidays)) added++;
  }
  return current;
}

/** The instant at a wall-clock time on a calendar day in a zone (DST-aware). */
export function instantAt(day: string, hours: number, minutes: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hours, minutes, timeZone).getTime());
}

/** Wall-clock hours and minutes of an instant in a zone. */
export function clockInZone(instant: Date, timeZone: string): { hours: number; minutes: number } {
  const [hours, minutes] = format(instant, 'H:m', { in: tz(timeZone) })
    .split(':')
    .map(Number);
  return { hours: hours ?? 0, minutes: minutes ?? 0 };
}

/** The user's calendar: their zone (UTC when not given) and holidays. */
export function calendarOf(workspace: Workspace): BusinessCalendar {
  return {
    timeZone: workspace.profile.timeZone ?? 'UTC',
    holidays: workspace.profile.holidays ?? [],
  };
}
