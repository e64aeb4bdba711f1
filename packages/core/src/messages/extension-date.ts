import { TZDate } from '@date-fns/tz';
import { addBusinessDays } from 'date-fns';

export interface ExtensionDate {
  /** What the days are counted from: the current deadline while it lies ahead, else now. */
  basis: 'deadline' | 'now';
  from: TZDate;
  until: TZDate;
}

/**
 * The date an extension of `days` business days lands on, counted in the user's time zone so the
 * weekday is the one they will see. Weekends are skipped; public holidays are not known here.
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
): ExtensionDate {
  const due = deadline ? new Date(deadline) : undefined;
  const basis = due && due.getTime() > now.getTime() ? 'deadline' : 'now';
  const from = new TZDate((basis === 'deadline' && due ? due : now).getTime(), timeZone);
  return { basis, from, until: addBusinessDays(from, days) };
}
