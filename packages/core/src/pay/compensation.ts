import type { Pay } from '../workspace/document';
import { equityByYear } from './vesting';

/** Years in the comparison window: a typical vesting period, and the levels.fyi convention. */
export const PAY_YEARS = 4;
/** Working days per year used to value paid time off (payrate-tools PTO calculator convention). */
export const WORK_DAYS_PER_YEAR = 260;

export interface PayYear {
  year: number;
  base: number;
  bonus: number;
  signOn: number;
  equity: number;
  benefits: number;
  total: number;
}

export interface PayProjection {
  currency: string;
  years: PayYear[];
  total4y: number;
  avg4y: number;
  /**
   * The levels.fyi-comparable yearly figure: base + target bonus + sign-on ÷ 4 + each initial
   * grant averaged over its own vesting years (refreshers excluded).
   */
  annualized: number;
  /** Value of paid time off in year 1 (base ÷ 260 × days); shown, not added to totals. */
  ptoValue: number;
}

/** Employer retirement contribution for one year's base. */
export function retirementMatch(
  match: NonNullable<Pay['benefits']>['retirementMatch'],
  base: number,
): number {
  if (match === undefined) return 0;
  if (typeof match === 'number') return match;
  const contributed = Math.min(match.contributionPct ?? match.upToPctOfPay, match.upToPctOfPay);
  return (base * contributed * match.matchPct) / 10000;
}

/** Base pay in a given year (1-based), growing by `raisePct` each year after the first. */
export function baseInYear(pay: Pay, year: number): number {
  return pay.base * (1 + (pay.raisePct ?? 0) / 100) ** (year - 1);
}

export function bonusFor(pay: Pay, base: number): number {
  if (!pay.bonus) return 0;
  return 'targetPct' in pay.bonus ? (base * pay.bonus.targetPct) / 100 : pay.bonus.amount;
}

/**
 * Year-by-year cash-flow pay in the offer's currency: sign-on in the year it is paid, equity as
 * it vests, bonus at 100 % of target.
 *
 * @example
 * projectPay({ base: 155000, bonus: { targetPct: 15 }, signOn: [{ amount: 30000 }],
 *   equity: [{ kind: 'rsu', grantValue: 240000, schedulePct: [25, 25, 25, 25] }] }, 'USD')
 * //=> years[0].total 268250, years[1].total 238250, total4y 983000, annualized 245750
 */
export function projectPay(pay: Pay, currency: string): PayProjection {
  const equityYears = (pay.equity ?? []).map((grant) => equityByYear(grant, PAY_YEARS));
  const years: PayYear[] = [];
  for (let year = 1; year <= PAY_YEARS; year++) {
    const base = baseInYear(pay, year);
    const bonus = bonusFor(pay, base);
    const signOn = (pay.signOn ?? [])
      .filter((s) => (s.paidInYear ?? 1) === year)
      .reduce((sum, s) => sum + s.amount, 0);
    const equity = equityYears.reduce((sum, grantYears) => sum + (grantYears[year - 1] ?? 0), 0);
    const benefits =
      retirementMatch(pay.benefits?.retirementMatch, base) +
      (pay.benefits?.other ?? []).reduce((sum, b) => sum + b.amount, 0);
    years.push({
      year,
      base,
      bonus,
      signOn,
      equity,
      benefits,
      total: base + bonus + signOn + equity + benefits,
    });
  }
  const total4y = years.reduce((sum, y) => sum + y.total, 0);
  return {
    currency,
    years,
    total4y,
    avg4y: total4y / PAY_YEARS,
    annualized: annualizedPay(pay),
    ptoValue: (pay.base / WORK_DAYS_PER_YEAR) * (pay.benefits?.ptoDays ?? 0),
  };
}

function annualizedPay(pay: Pay): number {
  const signOn = (pay.signOn ?? []).reduce((sum, s) => sum + s.amount, 0);
  const initialGrants = (pay.equity ?? []).filter((grant) => !grant.everyYear);
  const equityPerYear = initialGrants.reduce((sum, grant) => {
    const total = equityByYear({ ...grant, startYear: 1 }, grant.schedulePct.length).reduce(
      (a, b) => a + b,
      0,
    );
    return sum + total / grant.schedulePct.length;
  }, 0);
  return pay.base + bonusFor(pay, pay.base) + signOn / PAY_YEARS + equityPerYear;
}

/** The same projection multiplied through by `factor` (an exchange rate or a cost-of-living ratio). */
export function scaleProjection(
  projection: PayProjection,
  factor: number,
  currency: string,
): PayProjection {
  const scale = (n: number) => n * factor;
  return {
    currency,
    years: projection.years.map((y) => ({
      year: y.year,
      base: scale(y.base),
      bonus: scale(y.bonus),
      signOn: scale(y.signOn),
      equity: scale(y.equity),
      benefits: scale(y.benefits),
      total: scale(y.total),
    })),
    total4y: scale(projection.total4y),
    avg4y: scale(projection.avg4y),
    annualized: scale(projection.annualized),
    ptoValue: scale(projection.ptoValue),
  };
}
