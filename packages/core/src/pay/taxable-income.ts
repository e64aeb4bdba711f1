import type { Pay } from '../workspace/document';
import { PAY_YEARS, type PayProjection } from './compensation';
import { equityByYear } from './vesting';

/**
 * What is taxed when, by year of employment (offer currency). Salary, bonus and sign-on count in
 * the year they are paid; RSUs are income when they vest, at grant value (the user's risk
 * discount is theirs, not the tax office's); options are not taxed until exercised, which this
 * window does not assume; the employer's retirement match and other benefits are not taxed now.
 */
export function taxableByYear(pay: Pay, projection: PayProjection): number[] {
  const rsuYears = (pay.equity ?? [])
    .filter((grant) => grant.kind === 'rsu')
    .map((grant) => equityByYear({ ...grant, discountPct: 0 }, PAY_YEARS));
  return projection.years.map(
    (y, i) =>
      y.base +
      y.bonus +
      y.signOn +
      rsuYears.reduce((sum, grantYears) => sum + (grantYears[i] ?? 0), 0),
  );
}
