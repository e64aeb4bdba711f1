import { differenceInCalendarDays } from 'date-fns';
import type { Workspace } from '../workspace/document';
import { formatNumber } from '../workspace/format';
import { addCalendarMonths, parseDay } from './business-days';
import type { StartFeasibility } from './start-feasibility';

const DAYS_PER_MONTH = 365.25 / 12;

export interface Runway {
  offerId: string;
  /** Last day paid by the current employer. */
  lastPaid: string;
  /** Around when the first salary arrives: one month after starting (monthly pay in arrears). */
  firstPay: string;
  monthsBetween: number;
  savingsMonths: number | null;
  short: boolean;
  text: string;
}

/** Months between the last pay cheque and the first, against the savings the profile names. */
export function runway(workspace: Workspace, feasibility: StartFeasibility): Runway {
  const start =
    feasibility.offeredStart && feasibility.offeredStart > feasibility.earliestStart
      ? feasibility.offeredStart
      : feasibility.earliestStart;
  const firstPay = addCalendarMonths(start, 1);
  const lastPaid = feasibility.lastWorkingDay;
  const monthsBetween =
    differenceInCalendarDays(parseDay(firstPay), parseDay(lastPaid)) / DAYS_PER_MONTH;
  const savings = workspace.profile.savingsMonths ?? null;
  const short = savings !== null && monthsBetween > savings;
  const gap = `${formatNumber(monthsBetween, 1)} months`;
  const text = `Last salary covers you to ${lastPaid}; the first from ${feasibility.company} should arrive around ${firstPay} (starting ${start}, paid monthly in arrears): ${gap} between paydays${
    savings === null
      ? '. Add profile.savingsMonths to compare it with your savings.'
      : short
        ? `, more than the ${formatNumber(savings)} months your savings cover. Ask for a sign-on advance or an earlier first payroll.`
        : `, within the ${formatNumber(savings)} months your savings cover.`
  }`;
  return {
    offerId: feasibility.offerId,
    lastPaid,
    firstPay,
    monthsBetween,
    savingsMonths: savings,
    short,
    text,
  };
}
