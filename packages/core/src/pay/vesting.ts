import { addMonths } from 'date-fns';
import type { EquityGrant } from '../workspace/document';

export type Cadence = NonNullable<EquityGrant['cadence']>;

const EVENTS_PER_YEAR: Record<Cadence, number> = {
  monthly: 12,
  quarterly: 4,
  semiannual: 2,
  annual: 1,
};

export interface VestingTerms {
  /** Percent of the grant vesting in each year since the grant starts. */
  schedulePct: readonly number[];
  cliffMonths?: number | undefined;
  /** How often shares land within a year; defaults to once at each anniversary. */
  cadence?: Cadence | undefined;
}

export interface VestingEvent {
  /** Months after the grant starts (1 = end of the first month). */
  month: number;
  pct: number;
}

/**
 * The vesting events of a grant: each year's percentage split evenly over the cadence, with
 * everything due before the cliff landing on the cliff.
 *
 * @example
 * vestingEvents({ schedulePct: [25, 25, 25, 25], cliffMonths: 12, cadence: 'monthly' })
 * //=> [{ month: 12, pct: 25 }, { month: 13, pct: 2.0833 }, …, { month: 48, pct: 2.0833 }]
 */
export function vestingEvents(terms: VestingTerms): VestingEvent[] {
  const perYear = EVENTS_PER_YEAR[terms.cadence ?? 'annual'];
  const cliff = terms.cliffMonths ?? 0;
  const events: VestingEvent[] = [];
  let heldForCliff = 0;
  terms.schedulePct.forEach((yearPct, yearIndex) => {
    for (let k = 1; k <= perYear; k++) {
      const month = yearIndex * 12 + (12 / perYear) * k;
      const pct = yearPct / perYear;
      if (month < cliff) heldForCliff += pct;
      else {
        if (heldForCliff > 0) {
          events.push({ month: cliff, pct: heldForCliff });
          heldForCliff = 0;
        }
        events.push({ month, pct });
      }
    }
  });
  if (heldForCliff > 0) events.push({ month: cliff, pct: heldForCliff });
  return mergeSameMonth(events);
}

function mergeSameMonth(events: VestingEvent[]): VestingEvent[] {
  const merged: VestingEvent[] = [];
  for (const event of events) {
    const last = merged.at(-1);
    if (last && last.month === event.month) last.pct += event.pct;
    else merged.push({ ...event });
  }
  return merged;
}

/**
 * Percent of the grant vesting in each year (1-based by position), cliff and cadence applied:
 * the sums of `vestingEvents` by year, added in the same order, without building the events
 * (scoring calls this for every grant on every key press).
 */
export function vestedPctByYear(terms: VestingTerms, years: number): number[] {
  const byYear = new Array<number>(years).fill(0);
  const perYear = EVENTS_PER_YEAR[terms.cadence ?? 'annual'];
  const cliff = terms.cliffMonths ?? 0;
  terms.schedulePct.forEach((yearPct, yearIndex) => {
    for (let k = 1; k <= perYear; k++) {
      const month = yearIndex * 12 + (12 / perYear) * k;
      const year = Math.ceil(Math.max(month, cliff) / 12);
      if (year <= years) byYear[year - 1] = (byYear[year - 1] ?? 0) + yearPct / perYear;
    }
  });
  return byYear;
}

/** Calendar dates of the vesting events, for a grant starting on `grantDate`. */
export function vestingDates(terms: VestingTerms, grantDate: Date): { date: Date; pct: number }[] {
  return vestingEvents(terms).map((event) => ({
    date: addMonths(grantDate, event.month),
    pct: event.pct,
  }));
}

/** What one percent of the grant is worth in the offer's currency, after any risk haircut. */
export function valuePerPct(grant: EquityGrant): number {
  const full =
    grant.kind === 'rsu'
      ? grant.grantValue
      : grant.shares * Math.max(0, grant.price - grant.strike);
  return (full / 100) * (1 - (grant.discountPct ?? 0) / 100);
}

/**
 * Equity value landing in each year of the window. A refresher (`everyYear`) is a new grant each
 * year from its start year; their vests stack.
 */
export function equityByYear(grant: EquityGrant, years: number): number[] {
  const out = new Array<number>(years).fill(0);
  const firstYear = grant.startYear ?? 1;
  const lastYear = grant.everyYear ? years : firstYear;
  const perYearPct = vestedPctByYear(grant, years);
  const unit = valuePerPct(grant);
  for (let start = firstYear; start <= lastYear; start++) {
    perYearPct.forEach((pct, offset) => {
      const year = start + offset;
      if (year <= years) out[year - 1] = (out[year - 1] ?? 0) + pct * unit;
    });
  }
  return out;
}
