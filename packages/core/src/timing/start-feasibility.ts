import { differenceInCalendarDays } from 'date-fns';
import type { Offer, Workspace } from '../workspace/document';
import { formatNumber } from '../workspace/format';
import { addCalendarDays, calendarOf, dayInZone, isBusinessDay, parseDay } from './business-days';
import { describeNotice, noticeEnd, noticeFor } from './notice';
import { type VisaProcessing, visaProcessing } from './visa-routes';

/** Packing, travel and finding a first home after the last working day, unless the profile says. */
export const DEFAULT_MOVE_LEAD_WEEKS = 2;

export interface PlanStep {
  label: string;
  from: string;
  to: string;
}

export interface StartFeasibility {
  offerId: string;
  company: string;
  /** Resign once the visa is granted, so a refusal never leaves you without a job. */
  resignOn: string;
  lastWorkingDay: string;
  earliestStart: string;
  /** The earliest start if no visa were needed, to tell which step is binding. */
  earliestWithoutVisa: string;
  /** The earliest start if the visa takes as long as its slow end. */
  earliestIfVisaSlow: string | null;
  offeredStart: string | null;
  /** null when the offer gives no start date. */
  feasible: boolean | null;
  /** Calendar days the offered start is too early (0 when feasible). */
  shortByDays: number;
  /** What makes the offered start infeasible: the step that accounts for most of the days. */
  cause: 'visa' | 'notice' | 'move' | null;
  /** How the days too early split between the visa wait and notice plus move. */
  shortBy: { visaDays: number; noticeAndMoveDays: number };
  visa: VisaProcessing | null;
  steps: PlanStep[];
  /** How the dates were reached, in words. */
  how: string[];
}

/** The first business day on or after `day` (start dates fall on working days). */
function firstBusinessDay(day: string): string {
  let current = day;
  while (!isBusinessDay(current)) current = addCalendarDays(current, 1);
  return current;
}

/** Whether taking the offer means moving home: another country or city, unless fully remote. */
export function needsMove(workspace: Workspace, offer: Offer): boolean {
  if (offer.workMode === 'remote') return false;
  const home = workspace.profile.homeLocation;
  if (home.country !== offer.location.country) return true;
  return (
    home.city !== undefined &&
    offer.location.city !== undefined &&
    home.city !== offer.location.city
  );
}

/** Weeks between the last working day and a possible first day: the move lead, or 0 if no move. */
export function moveLeadWeeksFor(workspace: Workspace, offer: Offer): number {
  return needsMove(workspace, offer)
    ? (workspace.profile.moveLeadWeeks ?? DEFAULT_MOVE_LEAD_WEEKS)
    : 0;
}

function startAfter(lastWorkingDay: string, moveLeadWeeks: number): string {
  return firstBusinessDay(addCalendarDays(lastWorkingDay, 1 + Math.round(moveLeadWeeks * 7)));
}

/**
 * Earliest feasible start = today + visa processing + notice (with its end-of-month rule) + move
 * lead time, taken one after another, compared with the offered start date.
 *
 * @example
 * // Ana in Berlin, 3 months' notice, a 5-week UK visa, 2 weeks to move, on 25 Nov 2026:
 * // resign 30 Dec, last day 30 Mar, earliest start Wed 14 Apr 2027: a 15 Mar start is 30 days early.
 */
export function startFeasibility(workspace: Workspace, offer: Offer, now: Date): StartFeasibility {
  const { timeZone } = calendarOf(workspace);
  const today = dayInZone(now, timeZone);
  const { notice, assumed } = noticeFor(workspace.profile);
  const moveLead = moveLeadWeeksFor(workspace, offer);
  const visa = visaProcessing(offer);
  const visaDays = Math.round((visa?.weeks ?? 0) * 7);
  const resignOn = addCalendarDays(today, visaDays);
  const lastWorkingDay = noticeEnd(resignOn, notice);
  const earliestStart = startAfter(lastWorkingDay, moveLead);
  const earliestWithoutVisa = startAfter(noticeEnd(today, notice), moveLead);
  const earliestIfVisaSlow =
    visa?.maxWeeks != null && visa.maxWeeks > visa.weeks
      ? startAfter(
          noticeEnd(addCalendarDays(today, Math.round(visa.maxWeeks * 7)), notice),
          moveLead,
        )
      : null;

  const offeredStart = offer.startDate ?? null;
  const shortByDays =
    offeredStart && offeredStart < earliestStart
      ? differenceInCalendarDays(parseDay(earliestStart), parseDay(offeredStart))
      : 0;
  // Without the visa the start would be short by the notice and move alone; the rest is the visa.
  const noticeAndMoveDays =
    offeredStart && offeredStart < earliestWithoutVisa
      ? Math.min(
          shortByDays,
          differenceInCalendarDays(parseDay(earliestWithoutVisa), parseDay(offeredStart)),
        )
      : 0;
  const visaShortDays = shortByDays - noticeAndMoveDays;
  let cause: StartFeasibility['cause'] = null;
  if (offeredStart && shortByDays > 0) {
    if (visaShortDays >= noticeAndMoveDays) cause = 'visa';
    else if (offeredStart > noticeEnd(today, notice)) cause = 'move';
    else cause = 'notice';
  }

  const steps: PlanStep[] = [];
  if (visa) steps.push({ label: 'Visa processing', from: today, to: resignOn });
  steps.push({ label: 'Notice period', from: resignOn, to: lastWorkingDay });
  steps.push({ label: 'Move', from: addCalendarDays(lastWorkingDay, 1), to: earliestStart });

  const how = [
    visa
      ? `${visa.text} You resign once it is granted, around ${resignOn}, so a refusal never leaves you without a job.`
      : `No visa needed, so you can resign today (${today}).`,
    `${assumed ? `Assuming ${assumed.text} (set profile.noticePeriod to your contract's)` : `Your ${describeNotice(notice)}`}: last working day ${lastWorkingDay}.`,
    needsMove(workspace, offer)
      ? `${formatNumber(moveLead)} week${moveLead === 1 ? '' : 's'} to move${workspace.profile.moveLeadWeeks === undefined ? ' (default; set profile.moveLeadWeeks)' : ''}, then the next working day: earliest start ${earliestStart}.`
      : `No move needed, so you can start the next working day: earliest start ${earliestStart}.`,
  ];
  if (offeredStart) {
    if (shortByDays === 0) how.push(`The offered start, ${offeredStart}, fits.`);
    else {
      const because = {
        visa:
          noticeAndMoveDays === 0
            ? `Without the visa wait you could make it (earliest ${earliestWithoutVisa}); the visa is what makes it too early. Ask ${offer.company} to move the start to ${earliestStart} or later, or to pay for faster (priority) visa processing.`
            : `The visa wait accounts for ${visaShortDays} of those days and your notice and move for ${noticeAndMoveDays} (without the visa the earliest start would be ${earliestWithoutVisa}). Ask ${offer.company} to move the start to ${earliestStart} or later, or to pay for faster (priority) visa processing.`,
        notice: `Your notice alone runs past it. Ask ${offer.company} for a later start, or your current employer for an earlier release.`,
        move: `Your notice ends in time, but it leaves too little time to move${visaShortDays > 0 ? `; the visa wait adds ${visaShortDays} more days` : ''}. Ask for a later start or plan a faster move.`,
      }[cause ?? 'notice'];
      how.push(`The offered start, ${offeredStart}, is ${shortByDays} days too early. ${because}`);
    }
  }
  if (
    earliestIfVisaSlow &&
    offeredStart &&
    offeredStart >= earliestStart &&
    offeredStart < earliestIfVisaSlow
  ) {
    how.push(
      `If the visa takes its slow ${visa?.maxWeeks} weeks, the earliest start moves to ${earliestIfVisaSlow}: agree now how a later start would be handled.`,
    );
  }

  return {
    offerId: offer.id,
    company: offer.company,
    resignOn,
    lastWorkingDay,
    earliestStart,
    earliestWithoutVisa,
    earliestIfVisaSlow,
    offeredStart,
    feasible: offeredStart ? shortByDays === 0 : null,
    shortByDays,
    cause,
    shortBy: { visaDays: visaShortDays, noticeAndMoveDays },
    visa,
    steps,
    how,
  };
}

/**
 * The last working day you can resign on and still start on `startDate` (after notice and any
 * move), or null when even resigning today is too late. Later resignation never ends notice earlier, so a
 * binary search over the days from today to the start date finds it.
 */
export function latestResignDay(
  workspace: Workspace,
  offer: Offer,
  startDate: string,
  today: string,
): string | null {
  const { notice } = noticeFor(workspace.profile);
  const { holidays } = calendarOf(workspace);
  const moveLead = moveLeadWeeksFor(workspace, offer);
  const fits = (offset: number) =>
    startAfter(noticeEnd(addCalendarDays(today, offset), notice), moveLead) <= startDate;
  if (!fits(0)) return null;
  let [low, high] = [0, differenceInCalendarDays(parseDay(startDate), parseDay(today))];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  // Notice is handed in on a working day.
  let day = addCalendarDays(today, low);
  while (day > today && !isBusinessDay(day, holidays)) day = addCalendarDays(day, -1);
  return day;
}
