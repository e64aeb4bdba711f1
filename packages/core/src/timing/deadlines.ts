import { formatNumber } from '../workspace/format';
import {
  addBusinessDaysTo,
  type BusinessCalendar,
  businessDaysBetween,
  clockInZone,
  dayInZone,
  instantAt,
} from './business-days';

export interface TimeLeft {
  deadline: string;
  /** Elapsed hours from now to the deadline (real hours, so a DST night counts 23 or 25). */
  hours: number;
  /** Business days after today up to and including the deadline's day, in the user's zone. */
  businessDays: number;
  overdue: boolean;
  /** The deadline as the user reads it: day and time in their zone. */
  local: string;
  text: string;
}

const HOUR_MS = 3_600_000;

/**
 * How long until a deadline, in hours and in business days of the user's calendar.
 *
 * @example
 * timeLeft(new Date('2026-11-27T16:00:00Z'), new Date('2026-11-25T12:00:00Z'),
 *   { timeZone: 'Europe/Berlin' })
 * //=> { hours: 52, businessDays: 2, text: '52 hours left (2 business days): Fri 27 Nov, 17:00 your time.' }
 */
export function timeLeft(deadline: Date, now: Date, calendar: BusinessCalendar): TimeLeft {
  const hours = Math.floor((deadline.getTime() - now.getTime()) / HOUR_MS);
  const businessDays = businessDaysBetween(
    dayInZone(now, calendar.timeZone),
    dayInZone(deadline, calendar.timeZone),
    calendar.holidays,
  );
  const overdue = deadline.getTime() <= now.getTime();
  const local = formatLocal(deadline, calendar.timeZone);
  const text = overdue
    ? `Passed ${formatNumber(-hours, 0)} hours ago (${local} your time).`
    : `${formatNumber(hours, 0)} hours left (${businessDays} business day${businessDays === 1 ? '' : 's'}): ${local} your time.`;
  return { deadline: deadline.toISOString(), hours, businessDays, overdue, local, text };
}

// Building an Intl.DateTimeFormat costs far more than using one; a plan formats dozens.
const localFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant as the user reads it in their zone: "Fri 27 Nov, 17:00". */
export function formatLocal(instant: Date, timeZone: string): string {
  let formatter = localFormats.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    localFormats.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** "+3–5 business days is almost always granted" (resumeagentics.com, DOMAIN.md §4.2). */
export const EXTENSION_BUSINESS_DAYS = { min: 3, max: 5 } as const;

export interface ExtensionProposal {
  /** Business days to ask for; 0 when no extension fits before the cap. */
  businessDays: number;
  /** Proposed new deadline, same wall-clock time in the user's zone. */
  newDeadline: string;
  /** The other deadline that limited the ask, if any. */
  cappedBy: { label: string; deadline: string } | null;
  text: string;
}

export interface ExtensionOptions extends BusinessCalendar {
  /** Business days the user would like; clamped to 3–5 unless a cap leaves fewer. */
  preferred?: number;
  /** Other open deadlines to decide before, e.g. another offer's. */
  otherDeadlines?: readonly { label: string; deadline: Date }[];
}

/**
 * A concrete extension to ask for: the preferred number of business days (default the top of
 * the usual 3–5), but never past another open deadline that falls after this one, because by
 * then you must answer that offer anyway and the extra days buy nothing.
 *
 * @example
 * proposeExtension(new Date('2026-11-27T16:00:00Z'), { timeZone: 'Europe/Berlin' })
 * //=> { businessDays: 5, newDeadline: '2026-12-04T16:00:00.000Z', cappedBy: null, … }
 */
export function proposeExtension(deadline: Date, options: ExtensionOptions): ExtensionProposal {
  const { timeZone, holidays } = options;
  const { min, max } = EXTENSION_BUSINESS_DAYS;
  const wanted = Math.min(max, Math.max(min, Math.round(options.preferred ?? max)));
  const deadlineDay = dayInZone(deadline, timeZone);
  const clock = clockInZone(deadline, timeZone);
  const cap = (options.otherDeadlines ?? [])
    .filter((other) => other.deadline.getTime() > deadline.getTime())
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime())[0];
  let businessDays = wanted;
  if (cap) {
    const room = businessDaysBetween(deadlineDay, dayInZone(cap.deadline, timeZone), holidays);
    businessDays = Math.min(wanted, Math.max(0, room));
  }
  const newDay = addBusinessDaysTo(deadlineDay, businessDays, holidays);
  let newDeadline = instantAt(newDay, clock.hours, clock.minutes, timeZone);
  if (cap && newDeadline.getTime() > cap.deadline.getTime()) newDeadline = cap.deadline;
  const limited = cap !== undefined && businessDays < wanted;
  const until = formatLocal(newDeadline, timeZone);
  const text =
    businessDays === 0
      ? `No extension would help: ${cap?.label} is due the same day, so decide both together.`
      : `Ask for ${businessDays} more business day${businessDays === 1 ? '' : 's'}, until ${until} your time${
          limited ? ` (not later, because ${cap?.label} is due then)` : ''
        }. Three to five business days is a request employers usually grant.`;
  return {
    businessDays,
    newDeadline: newDeadline.toISOString(),
    cappedBy: limited && cap ? { label: cap.label, deadline: cap.deadline.toISOString() } : null,
    text,
  };
}
