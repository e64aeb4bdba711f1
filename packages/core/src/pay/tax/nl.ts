import { pct, progressiveTax, whole } from './brackets';
import data from './data/nl-2026.json';
import type { NlTaxData } from './data-schemas';
import type { TaxComputation, TaxInput } from './types';

/** Checked against `nlTaxSchema` by test/shipped-data.test.ts, not when the module loads. */
export const nlTax = data as unknown as NlTaxData;

/** General tax credit (algemene heffingskorting): full up to €29,736, then 6.398 % less per euro. */
export function generalCredit(income: number): number {
  const c = nlTax.generalCredit;
  return Math.max(0, c.max - Math.max(0, income - c.phaseOutFrom) * c.phaseOutRate);
}

/** Labour tax credit (arbeidskorting) on employment income, from the Belastingdienst table. */
export function labourCredit(workIncome: number): number {
  let credit = 0;
  for (const step of nlTax.labourCredit.steps)
    if (workIncome >= step.from) credit = step.base + step.rate * (workIncome - step.from);
  return Math.max(0, credit);
}

/**
 * Dutch box 1 tax on a year's wages (national insurance included in the first bracket), less the
 * general and labour tax credits. With the 30 % ruling, 30 % of pay (of at most the WNT cap) is
 * paid tax-free, provided the taxable rest still meets the salary norm.
 *
 * @example
 * // €60,000: 38,883 × 35.75 % + 21,117 × 37.56 % = €21,833.78 before credits.
 * computeNl({ country: 'NL', gross: 60000 })
 */
export function computeNl(input: TaxInput): TaxComputation {
  const { gross } = input;
  const r = nlTax.ruling30;
  const notes = [nlTax.note];
  const sources = [nlTax.box1.source, nlTax.labourCredit.source];
  let taxFree = 0;
  if (input.ruling30) {
    sources.push(r.source);
    const allowance = Math.min(gross, r.baseCap) * r.rate;
    if (gross - allowance >= r.salaryNorm) {
      taxFree = allowance;
      notes.push(`30 % ruling: €${whole(allowance)} paid tax-free. ${r.note}`);
    } else {
      notes.push(
        `30 % ruling not applied: taxable pay after the allowance (€${whole(gross - allowance)}) would be below the ${nlTax.taxYear} salary norm of €${whole(r.salaryNorm)} (€${whole(r.salaryNormYoungMasters)} under 30 with a master's degree).`,
      );
    }
  }
  const taxable = gross - taxFree;
  const box1 = progressiveTax(taxable, nlTax.box1.brackets);
  const general = generalCredit(taxable);
  const labour = labourCredit(taxable);
  const credits = Math.min(box1, general + labour);
  return {
    taxYear: nlTax.taxYear,
    currency: 'EUR',
    basis: 'engine',
    taxFree,
    sources,
    notes,
    lines: [
      {
        label: 'Income tax and national insurance (box 1)',
        kind: 'income-tax',
        amount: box1 - credits,
        how: `€${whole(taxable)} taxable${taxFree ? ` (after the 30 % ruling)` : ''} on the ${nlTax.taxYear} brackets (${nlTax.box1.brackets.map(([, rate]) => pct(rate)).join(', ')}) = €${whole(box1)}, less €${whole(general)} general credit and €${whole(labour)} labour credit${credits < general + labour ? ' (credits cannot take the tax below zero)' : ''}.`,
      },
    ],
  };
}
