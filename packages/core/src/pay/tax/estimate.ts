import { computeApproximation } from './approximations';
import { computeDe } from './de';
import { computeGb } from './gb';
import { computeNl } from './nl';
import type { TaxComputation, TaxEstimate, TaxInput } from './types';
import { computeUs } from './us';

const engines: Record<string, (input: TaxInput) => TaxComputation> = {
  US: computeUs,
  GB: computeGb,
  DE: computeDe,
  NL: computeNl,
};

/** Marginal rates are measured over this many units of income, which smooths tariff rounding. */
const MARGINAL_STEP = 100;

export function taxDisclaimer(taxYear: string): string {
  return `Estimate, not tax advice (tax year ${taxYear}).`;
}

function compute(input: TaxInput): TaxComputation | null {
  const engine = engines[input.country];
  return engine ? engine(input) : computeApproximation(input);
}

const sumLines = (c: TaxComputation) => c.lines.reduce((sum, line) => sum + line.amount, 0);

/** Whether Offerwise can estimate tax for a country (a full engine or a labelled approximation). */
export function canEstimateTax(country: string): boolean {
  return compute({ country, gross: 0 }) !== null;
}

/**
 * Income tax and employee social contributions on a year's employment income, with the
 * effective rate (total ÷ gross) and the marginal rate on the next 100 units. Null when the
 * country has neither an engine nor a sourced approximation: the user gives an effective rate.
 *
 * @example
 * estimateTax({ country: 'GB', region: 'GB-SCT', gross: 16000 })
 * //=> total 926.10 (tax £651.70, NI £274.40), net 15,073.90
 */
export function estimateTax(input: TaxInput): TaxEstimate | null {
  const gross = Math.max(0, input.gross);
  const result = compute({ ...input, gross });
  if (!result) return null;
  const next = compute({ ...input, gross: gross + MARGINAL_STEP });
  const total = sumLines(result);
  const marginal = next ? (sumLines(next) - total) / MARGINAL_STEP : 0;
  return {
    ...result,
    country: input.country,
    region: input.region ?? null,
    gross,
    total,
    net: gross - total,
    effectiveRate: gross > 0 ? total / gross : 0,
    marginalRate: marginal,
    disclaimer: taxDisclaimer(result.taxYear),
  };
}

/** The user's own effective rate, applied flat: the override that always wins. */
export function estimateWithOwnRate(
  input: Pick<TaxInput, 'country' | 'region' | 'gross'>,
  ratePct: number,
  currency: string,
  taxYear: string,
): TaxEstimate {
  const gross = Math.max(0, input.gross);
  const rate = ratePct / 100;
  return {
    country: input.country,
    region: input.region ?? null,
    taxYear,
    currency,
    basis: 'own-rate',
    gross,
    lines: [
      {
        label: 'Tax and contributions (your rate)',
        kind: 'income-tax',
        amount: gross * rate,
        how: `Your effective rate of ${ratePct} % on ${Math.round(gross).toLocaleString('en-GB')} ${currency}.`,
      },
    ],
    total: gross * rate,
    net: gross * (1 - rate),
    effectiveRate: rate,
    marginalRate: rate,
    sources: [],
    notes: ['Your own effective rate, used instead of an estimate.'],
    disclaimer: taxDisclaimer(taxYear),
  };
}
