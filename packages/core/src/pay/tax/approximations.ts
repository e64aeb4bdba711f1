import { pct, progressiveTax, whole } from './brackets';
import data from './data/approximations.json';
import type { ApproximationsData } from './data-schemas';
import type { TaxComputation, TaxInput, TaxLine } from './types';

/** Checked against `approximationsSchema` by test/shipped-data.test.ts, not when the module loads. */
export const approximateTaxes = (data as unknown as ApproximationsData).countries;

/**
 * A national schedule without the finer rules, labelled an approximation: brackets, flat levies,
 * a basic credit, capped contributions and one region's brackets where listed.
 */
export function computeApproximation(input: TaxInput): TaxComputation | null {
  const c = approximateTaxes[input.country];
  if (!c) return null;
  const { gross } = input;
  const money = (n: number) => `${whole(n)} ${c.currency}`;
  const credit = (c.credits ?? []).reduce((sum, k) => sum + k.amount * k.rate, 0);
  const national = Math.max(0, progressiveTax(gross, c.brackets) - credit);
  const lines: TaxLine[] = [
    {
      label: `Income tax (${c.name})`,
      kind: 'income-tax',
      amount: national,
      how: `${money(gross)} on the ${c.taxYear} schedule${credit ? `, less ${money(credit)} of basic credits` : ''}.`,
    },
  ];
  const sources = [c.source];
  const region = input.region ? c.regions?.[input.region] : undefined;
  if (region) {
    sources.push(region.source);
    lines.push({
      label: `${region.name} income tax`,
      kind: 'income-tax',
      amount: progressiveTax(gross, region.brackets),
      how: `${money(gross)} on the ${region.name} schedule.`,
    });
  }
  for (const levy of c.flatLevies ?? [])
    lines.push({
      label: levy.label,
      kind: 'social',
      amount: gross * levy.rate,
      how: `${pct(levy.rate)} of income.`,
    });
  for (const k of c.contributions ?? []) {
    const base = Math.max(0, Math.min(gross, k.to) - k.from);
    lines.push({
      label: k.label,
      kind: 'social',
      amount: base * k.rate,
      how: `${pct(k.rate)} of pay between ${money(k.from)} and ${money(k.to)}.`,
    });
  }
  return {
    taxYear: c.taxYear,
    currency: c.currency,
    basis: 'approximation',
    lines,
    sources,
    notes: [`Approximation: ${c.leftOut}`],
  };
}
