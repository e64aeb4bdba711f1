import { pct, progressiveTax, whole } from './brackets';
import data from './data/gb-2026.json';
import type { GbTaxData } from './data-schemas';
import type { TaxComputation, TaxInput } from './types';

/** Checked against `gbTaxSchema` by test/shipped-data.test.ts, not when the module loads. */
export const gbTax = data as unknown as GbTaxData;

/** The personal allowance after the taper: £1 less for every £2 of income above £100,000. */
export function personalAllowance(income: number): number {
  const { personalAllowance: full, taper } = gbTax;
  return Math.max(0, full - Math.max(0, income - taper.above) * taper.reducePerPound);
}

/**
 * UK income tax on employment income (Scottish rates for region GB-SCT, otherwise England,
 * Wales and Northern Ireland) and employee Class 1 National Insurance, on a whole year's pay.
 *
 * @example
 * // rUK, £90,000: 37,700 × 20 % + 39,730 × 40 % = £23,432 tax; NI £3,016 + £794.60.
 * computeGb({ country: 'GB', gross: 90000 })
 */
export function computeGb(input: TaxInput): TaxComputation {
  const { gross } = input;
  const scottish = input.region === 'GB-SCT';
  const table = scottish ? gbTax.scotland : gbTax.rUK;
  const allowance = personalAllowance(gross);
  const taxable = Math.max(0, gross - allowance);
  const ni = gbTax.nationalInsurance;
  const main = Math.max(0, Math.min(gross, ni.upperEarningsLimit) - ni.primaryThreshold);
  const upper = Math.max(0, gross - ni.upperEarningsLimit);
  const tapered = allowance < gbTax.personalAllowance;
  return {
    taxYear: gbTax.taxYear,
    currency: 'GBP',
    basis: 'engine',
    sources: [table.source, ni.source],
    notes: [
      'National Insurance is worked out on the year as a whole; payroll counts it per pay period, so a large bonus month can differ slightly.',
    ],
    lines: [
      {
        label: scottish ? 'Income tax (Scottish rates)' : 'Income tax',
        kind: 'income-tax',
        amount: progressiveTax(taxable, table.bands),
        how: `£${whole(gross)} − £${whole(allowance)} personal allowance${tapered ? ` (tapered: £1 less per £2 above £${whole(gbTax.taper.above)})` : ''} = £${whole(taxable)} taxable, on the ${gbTax.taxYear} ${scottish ? 'Scottish' : 'rUK'} bands.`,
      },
      {
        label: 'National Insurance (Class 1)',
        kind: 'social',
        amount: main * ni.mainRate + upper * ni.upperRate,
        how: `${pct(ni.mainRate)} of £${whole(main)} between £${whole(ni.primaryThreshold)} and £${whole(ni.upperEarningsLimit)}, ${pct(ni.upperRate)} of £${whole(upper)} above.`,
      },
    ],
  };
}
