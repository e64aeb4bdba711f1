import { TZDate } from '@date-fns/tz';
import { addBusinessDaysTo, clockInZone, dayInZone, instantAt } from '../timing/business-days';

export interface ExtensionDate {
  /** What the days are counted from: the current deadline while it lies ahead, else now. */
  basis: 'deadline' | 'now';
  from: TZDate;
  until: TZDate;
}

/**
 * The date an extension of `days` business days lands on, counted in the user's time zone so the
 * weekday is the one they will see, at the same wall-clock time. Weekends and the user's
 * `holidays` (profile.holidays) are skipped, with the same calendar the timeline uses.
 *
 * @example
 * extensionDate('2026-11-27T17:00:00+01:00', 3, new Date('2026-11-25T12:00:00Z'), 'Europe/Berlin')
 * //=> { basis: 'deadline', from: Fri 27 Nov 17:00, until: Wed 2 Dec 17:00 }
 */
export function extensionDate(
  deadline: string | undefined,
  days: number,
  now: Date,
  timeZone = 'UTC',
  holidays: readonly string[] = [],
): ExtensionDate {
  const due = deadline ? new Date(deadline) : undefined;
  const basis = due && due.getTime() > now.getTime() ? 'deadline' : 'now';
  const start = basis === 'deadline' && due ? due : now;
  const { hours, minutes } = clockInZone(start, timeZone);
  const day = addBusinessDaysTo(dayInZone(start, timeZone), days, holidays);
  return {
    basis,
    from: new TZDate(start.getTime(), timeZone),
    until: new TZDate(instantAt(day, hours, minutes, timeZone).getTime(), timeZone),
  };
}
