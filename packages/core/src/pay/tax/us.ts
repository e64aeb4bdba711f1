import { pct, progressiveTax, whole } from './brackets';
import data from './data/us-2026.json';
import type { UsTaxData } from './data-schemas';
import type { FilingStatus, TaxComputation, TaxInput, TaxLine } from './types';

/** Checked against `usTaxSchema` by test/shipped-data.test.ts, not when the module loads. */
export const usTax = data as unknown as UsTaxData;

/** States with an estimate, for messages: "CA, NY, …". */
export const usStatesCovered = Object.keys(usTax.states);

/**
 * US federal income tax on wages after the standard deduction, FICA (Social Security up to the
 * wage base, Medicare, Additional Medicare above the threshold) and the state's income tax.
 *
 * @example
 * // Single, $100,000 wages, Texas: federal on $83,900 = $13,170; FICA $7,650.
 * computeUs({ country: 'US', region: 'US-TX', gross: 100000 })
 */
export function computeUs(input: TaxInput): TaxComputation {
  const status: FilingStatus = input.filingStatus ?? 'single';
  const { federal, fica } = usTax;
  const gross = input.gross;
  const lines: TaxLine[] = [];
  const notes: string[] = [];
  const sources = [federal.source, fica.source];

  const deduction = federal.standardDeduction[status];
  const federalTaxable = Math.max(0, gross - deduction);
  lines.push({
    label: 'Federal income tax',
    kind: 'income-tax',
    amount: progressiveTax(federalTaxable, federal.brackets[status]),
    how: `$${whole(gross)} − $${whole(deduction)} standard deduction (${status}) = $${whole(federalTaxable)} taxable, on the ${usTax.taxYear} brackets (10 % to 37 %).`,
  });
  const ssWages = Math.min(gross, fica.socialSecurityWageBase);
  lines.push({
    label: 'Social Security',
    kind: 'social',
    amount: ssWages * fica.socialSecurityRate,
    how: `${pct(fica.socialSecurityRate)} of wages up to the $${whole(fica.socialSecurityWageBase)} wage base.`,
  });
  const threshold = fica.additionalMedicareThreshold[status];
  lines.push({
    label: 'Medicare',
    kind: 'social',
    amount:
      gross * fica.medicareRate + Math.max(0, gross - threshold) * fica.additionalMedicareRate,
    how: `${pct(fica.medicareRate)} of all wages, plus ${pct(fica.additionalMedicareRate)} above $${whole(threshold)}.`,
  });

  const code = input.region?.replace(/^US-/, '');
  const state = code ? usTax.states[code] : undefined;
  if (!code) {
    notes.push('No state given (location.region, e.g. US-CA): state income tax is not included.');
  } else if (!state) {
    notes.push(
      `State income tax for ${code} is not estimated (we cover ${usStatesCovered.join(', ')}): give your own effective rate to include it.`,
    );
  } else if (state.none) {
    notes.push(`${state.name} has no state income tax.${state.note ? ` ${state.note}` : ''}`);
  } else if (state.brackets && state.source) {
    sources.push(state.source);
    if (state.note) notes.push(`${state.name}: ${state.note}`);
    const less = state.fromFederalTaxable
      ? gross - federalTaxable
      : (state.standardDeduction?.[status] ?? 0) + (state.exemption?.[status] ?? 0);
    const stateTaxable = Math.max(0, gross - less);
    let amount = progressiveTax(stateTaxable, state.brackets[status]);
    if (state.surtax) amount += Math.max(0, stateTaxable - state.surtax.above) * state.surtax.rate;
    const base = state.fromFederalTaxable
      ? `federal taxable income $${whole(stateTaxable)}`
      : `$${whole(gross)} − $${whole(less)} = $${whole(stateTaxable)} taxable`;
    lines.push({
      label: `${state.name} income tax`,
      kind: 'income-tax',
      amount,
      how: `${base}, on the ${state.taxYear} schedule${state.surtax ? `, plus ${state.surtax.label} of ${pct(state.surtax.rate)} above $${whole(state.surtax.above)}` : ''}.`,
    });
    const city = state.city;
    if (city && input.city && city.matches.includes(input.city.trim().toLowerCase())) {
      sources.push(city.source);
      lines.push({
        label: `${city.name} income tax`,
        kind: 'income-tax',
        amount: progressiveTax(stateTaxable, city.brackets[status]),
        how: `Resident rates 3.078 % to 3.876 % on the same $${whole(stateTaxable)}.`,
      });
    }
  }
  if (status === 'married-joint')
    notes.push(
      'Married filing jointly is estimated on this income alone; a partner’s income would change the brackets reached.',
    );
  return { taxYear: usTax.taxYear, currency: 'USD', lines, sources, notes, basis: 'engine' };
}
