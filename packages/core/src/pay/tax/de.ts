import { pct, whole } from './brackets';
import data from './data/de-2026.json';
import type { DeTaxData } from './data-schemas';
import type { FilingStatus, TaxComputation, TaxInput } from './types';

/** Checked against `deTaxSchema` by test/shipped-data.test.ts, not when the module loads. */
export const deTax = data as unknown as DeTaxData;

/**
 * Income tax under the basic tariff of §32a(1) EStG for taxable income `zvE`. The statute first
 * rounds zvE and the result down to whole euros; we keep the cents (at most €1 apart).
 *
 * @example
 * incomeTax32a(50000) //=> 10548.33…  (z = 3.2201: (173.10 z + 2,397) z + 1,034.87)
 */
export function incomeTax32a(zvE: number): number {
  const t = deTax.tariff;
  if (zvE <= t.basicAllowance) return 0;
  if (zvE <= t.zone2End) {
    const y = (zvE - t.basicAllowance) / 10000;
    return (t.zone2[0] * y + t.zone2[1]) * y;
  }
  if (zvE <= t.zone3End) {
    const z3 = (zvE - t.zone2End) / 10000;
    return (t.zone3[0] * z3 + t.zone3[1]) * z3 + t.zone3[2];
  }
  if (zvE <= t.zone4End) return t.zone4[0] * zvE - t.zone4[1];
  return t.zone5[0] * zvE - t.zone5[1];
}

/** Income tax for the filing status: splitting doubles the tax on half the income. */
export function germanIncomeTax(zvE: number, status: FilingStatus): number {
  return status === 'married-joint' ? 2 * incomeTax32a(zvE / 2) : incomeTax32a(zvE);
}

/** Solidarity surcharge: none up to the exemption, then 11.9 % of the excess until 5.5 % is lower. */
export function solidaritySurcharge(incomeTax: number, status: FilingStatus): number {
  const s = deTax.solidaritySurcharge;
  const excess = incomeTax - s.exemption[status];
  return excess <= 0 ? 0 : Math.min(incomeTax * s.rate, excess * s.phaseInRate);
}

/**
 * German income tax on a year's wages with the employee's social contributions: zvE is gross
 * less the employee lump sum, the special-expenses lump sum, and the deductible pension, health
 * (less 4 % for sick pay) and care contributions.
 */
export function computeDe(input: TaxInput): TaxComputation {
  const status = input.filingStatus ?? 'single';
  const { gross } = input;
  const s = deTax.social;
  const childless = input.childless ?? true;
  const pension = Math.min(gross, s.pension.ceiling) * s.pension.rate;
  const unemployment = Math.min(gross, s.unemployment.ceiling) * s.unemployment.rate;
  const healthRate = s.health.rate + s.health.additionalRate;
  const health = Math.min(gross, s.health.ceiling) * healthRate;
  const careRate = s.care.rate + (childless ? s.care.childlessSurcharge : 0);
  const care = Math.min(gross, s.care.ceiling) * careRate;
  const a = deTax.allowances;
  const deductible = pension + health * 0.96 + care;
  const zvE = Math.max(0, gross - a.employeeLumpSum - a.specialExpensesLumpSum - deductible);
  const tax = germanIncomeTax(zvE, status);
  const soli = solidaritySurcharge(tax, status);
  const lines: TaxComputation['lines'] = [
    {
      label: 'Income tax (Einkommensteuer)',
      kind: 'income-tax',
      amount: tax,
      how: `€${whole(gross)} − €${whole(a.employeeLumpSum + a.specialExpensesLumpSum)} lump sums − €${whole(deductible)} deductible contributions = €${whole(zvE)} taxable, on the §32a EStG ${deTax.taxYear} formula${status === 'married-joint' ? ' with splitting' : ''}.`,
    },
    {
      label: 'Solidarity surcharge',
      kind: 'income-tax',
      amount: soli,
      how:
        soli === 0
          ? `None: income tax is under the €${whole(deTax.solidaritySurcharge.exemption[status])} exemption.`
          : `5.5 % of income tax, phased in above €${whole(deTax.solidaritySurcharge.exemption[status])}.`,
    },
  ];
  if (input.churchTax) {
    const rate = deTax.churchTax.rateByRegion[input.region ?? ''] ?? deTax.churchTax.rate;
    lines.push({
      label: 'Church tax',
      kind: 'income-tax',
      amount: tax * rate,
      how: `${pct(rate)} of income tax.`,
    });
  }
  lines.push(
    {
      label: 'Pension insurance',
      kind: 'social',
      amount: pension,
      how: `${pct(s.pension.rate)} of pay up to €${whole(s.pension.ceiling)}.`,
    },
    {
      label: 'Unemployment insurance',
      kind: 'social',
      amount: unemployment,
      how: `${pct(s.unemployment.rate)} of pay up to €${whole(s.unemployment.ceiling)}.`,
    },
    {
      label: 'Health insurance',
      kind: 'social',
      amount: health,
      how: `${pct(healthRate)} (half of 14.6 % plus half the average additional rate) of pay up to €${whole(s.health.ceiling)}.`,
    },
    {
      label: 'Long-term care insurance',
      kind: 'social',
      amount: care,
      how: `${pct(careRate)}${childless ? ' (with the childless surcharge)' : ''} of pay up to €${whole(s.care.ceiling)}.`,
    },
  );
  return {
    taxYear: deTax.taxYear,
    currency: 'EUR',
    basis: 'engine',
    lines,
    sources: [deTax.tariff.source, deTax.solidaritySurcharge.source, s.source],
    notes: [
      s.note,
      ...(input.churchTax ? [deTax.churchTax.note] : []),
      ...(status === 'married-joint'
        ? ['Splitting is estimated on this income alone; a partner’s income changes it.']
        : []),
    ],
  };
}
